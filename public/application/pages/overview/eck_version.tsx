import { EuiText } from '@elastic/eui';
import type { EckClusterSummary } from '../../../../common/types/eck_cluster';
import { strings } from '../../strings';

/** The version asked for; during an upgrade the lowest version still running differs from it. */
export function EckVersion({ cluster: { version, runningVersion } }: { cluster: EckClusterSummary }) {
  return (
    <div>
      {version ?? strings.eckClusters.unknownVersion}
      {runningVersion && runningVersion !== version && (
        <EuiText size="xs" color="subdued" data-test-subj="eckRunningVersion">
          {strings.eckClusters.runningVersion(runningVersion)}
        </EuiText>
      )}
    </div>
  );
}
