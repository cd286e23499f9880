import { EuiButtonEmpty, EuiLink, EuiToolTip } from '@elastic/eui';
import type { EckClusterSummary } from '../../../../common/types/eck_cluster';
import { useAppLink } from '../../hooks/use_app_link';
import { connectPath } from '../../router/app_routes';
import { strings } from '../../strings';
import { useCrossReference } from './overview_cross_reference';
import { overviewStrings as text } from './overview_strings';

/**
 * Opens the "Add ECK remote" flow for one ECK cluster, or says why it cannot be connected; the
 * flow's own preflight checks what the overview cannot see (the ECK cluster's licence).
 */
export function ConnectClusterLink({ cluster }: { cluster: EckClusterSummary }) {
  const { namespace, name } = cluster;
  const link = useAppLink(connectPath(namespace, name));
  const qualification = useCrossReference().qualificationOf(cluster);
  const testSubj = `connect-${namespace}-${name}`;
  if (!qualification.canConnect) {
    const reason = text.connectDisabled(qualification.reasons.join(' '));
    return (
      <EuiToolTip content={reason}>
        <EuiButtonEmpty size="xs" flush="left" isDisabled aria-label={reason} data-test-subj={testSubj}>
          {strings.eckClusters.connect}
        </EuiButtonEmpty>
      </EuiToolTip>
    );
  }
  return (
    <EuiLink {...link} aria-label={strings.eckClusters.connectAriaLabel(namespace, name)} data-test-subj={testSubj}>
      {strings.eckClusters.connect}
    </EuiLink>
  );
}
