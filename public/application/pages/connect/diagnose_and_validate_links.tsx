import { EuiButtonEmpty, EuiFlexItem } from '@elastic/eui';
import { useAppLink } from '../../hooks/use_app_link';
import { doctorPath, validatePath } from '../../router/app_routes';
import { doctorStrings } from '../doctor/doctor_strings';
import { validateStrings } from '../validate/validate_strings';

interface Props {
  alias: string;
  eckCluster?: { namespace: string; name: string };
}

/** What to do with a remote once it exists: ask the doctor why it fails, or check a search through it. */
export function DiagnoseAndValidateLinks({ alias, eckCluster }: Props) {
  const diagnose = useAppLink(doctorPath(alias, eckCluster));
  const validate = useAppLink(validatePath(alias));
  return (
    <>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty
          iconType="inspect"
          {...diagnose}
          aria-label={doctorStrings.diagnoseAriaLabel(alias)}
          data-test-subj={`diagnoseRemote-${alias}`}
        >
          {doctorStrings.diagnose}
        </EuiButtonEmpty>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty iconType="search" {...validate} data-test-subj={`validateRemote-${alias}`}>
          {validateStrings.openFromOverview}
        </EuiButtonEmpty>
      </EuiFlexItem>
    </>
  );
}
