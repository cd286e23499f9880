import { EuiHealth, EuiText } from '@elastic/eui';
import type { EckClusterSummary } from '../../../../common/types/eck_cluster';
import { strings } from '../../strings';

/**
 * Enabled in the spec is not enough: remotes connect through the Service ECK creates for the
 * server, which is missing until ECK has reconciled the change.
 */
export function RemoteClusterServerStatus({ server }: { server: EckClusterSummary['remoteClusterServer'] }) {
  if (!server.enabled) {
    return <EuiHealth color="subdued">{strings.eckClusters.remoteClusterServerDisabled}</EuiHealth>;
  }
  return (
    <div>
      <EuiHealth color={server.serviceExists ? 'success' : 'warning'}>
        {strings.eckClusters.remoteClusterServerEnabled}
      </EuiHealth>
      <EuiText size="xs" color={server.serviceExists ? 'subdued' : 'warning'} data-test-subj="remoteClusterService">
        {server.serviceExists
          ? strings.eckClusters.remoteClusterServiceExists(server.serviceName)
          : strings.eckClusters.remoteClusterServiceMissing(server.serviceName)}
      </EuiText>
    </div>
  );
}
