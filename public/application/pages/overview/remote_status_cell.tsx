import { EuiHealth, EuiText } from '@elastic/eui';
import type { RemoteConnectionState } from '../../../../common/api/remote_status';
import type { RemoteClusterSummary } from '../../../../common/types/local_cluster';
import { useRemoteStatus } from './remote_status_context';
import { remoteStatusStrings as text } from './remote_status_strings';

const COLORS: Record<RemoteConnectionState, string> = {
  connected: 'success',
  disconnected: 'danger',
  timed_out: 'warning',
};

/**
 * The live status with Elasticsearch's reason, or the remote named as timed out. Until the probe
 * answers, `_remote/info`'s last known state, marked as such.
 */
export function RemoteStatusCell({ remote }: { remote: RemoteClusterSummary }) {
  const view = useRemoteStatus();
  const status = view.statusOf(remote.alias);
  if (!status) {
    const known: RemoteConnectionState = remote.connected ? 'connected' : 'disconnected';
    return (
      <div data-test-subj={`remoteStatus-${remote.alias}`} data-status="last-known">
        <EuiHealth color={COLORS[known]}>{text.states[known]}</EuiHealth>
        {(view.isChecking || view.isReconnecting(remote.alias) || view.probeFailed) && (
          <EuiText size="xs" color="subdued">
            {view.probeFailed ? text.lastKnown : text.checking}
          </EuiText>
        )}
      </div>
    );
  }
  return (
    <div data-test-subj={`remoteStatus-${remote.alias}`} data-status={status.state}>
      <EuiHealth color={COLORS[status.state]}>{text.states[status.state]}</EuiHealth>
      {status.reason && (
        <EuiText size="xs" color="subdued" data-test-subj="remoteStatusReason">
          {status.reason}
        </EuiText>
      )}
      {status.state !== 'connected' && status.remoteInfoConnected && (
        <EuiText size="xs" color="subdued">
          {text.staleRemoteInfo}
        </EuiText>
      )}
      {(view.isChecking || view.isReconnecting(remote.alias)) && (
        <EuiText size="xs" color="subdued" data-test-subj="remoteStatusChecking">
          {text.checking}
        </EuiText>
      )}
    </div>
  );
}
