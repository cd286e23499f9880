import { EuiLink } from '@elastic/eui';
import { useAppLink } from '../../hooks/use_app_link';
import { doctorPath } from '../../router/app_routes';
import { doctorStrings as text } from './doctor_strings';

/** Opens the connection doctor for one alias (checked against an ECK cluster, when given). */
export function DiagnoseLink({
  alias,
  eckCluster,
}: {
  alias: string;
  eckCluster?: { namespace: string; name: string };
}) {
  const link = useAppLink(doctorPath(alias, eckCluster));
  return (
    <EuiLink {...link} aria-label={text.diagnoseAriaLabel(alias)} data-test-subj={`diagnose-${alias}`}>
      {text.diagnose}
    </EuiLink>
  );
}
