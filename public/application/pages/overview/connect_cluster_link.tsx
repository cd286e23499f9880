import { EuiLink } from '@elastic/eui';
import type { EckClusterSummary } from '../../../../common/types/eck_cluster';
import { useAppLink } from '../../hooks/use_app_link';
import { connectPath } from '../../router/app_routes';
import { strings } from '../../strings';

/** Opens the "Add ECK remote" flow for one ECK cluster; its plan says whether the cluster qualifies. */
export function ConnectClusterLink({ cluster: { namespace, name } }: { cluster: EckClusterSummary }) {
  const link = useAppLink(connectPath(namespace, name));
  return (
    <EuiLink
      {...link}
      aria-label={strings.eckClusters.connectAriaLabel(namespace, name)}
      data-test-subj={`connect-${namespace}-${name}`}
    >
      {strings.eckClusters.connect}
    </EuiLink>
  );
}
