import { EuiButtonEmpty, EuiText } from '@elastic/eui';
import { useRemoteStatus } from './remote_status_context';
import { remoteStatusStrings as text } from './remote_status_strings';

/** "Reconnect now": the server makes the local cluster dial the remote again (manage privilege). */
export function ReconnectRemoteButton({ alias }: { alias: string }) {
  const view = useRemoteStatus();
  const error = view.reconnectError(alias);
  return (
    <div>
      <EuiButtonEmpty
        size="xs"
        iconType="refresh"
        isLoading={view.isReconnecting(alias)}
        onClick={() => view.reconnect(alias)}
        aria-label={text.reconnectAriaLabel(alias)}
        data-test-subj={`reconnect-${alias}`}
      >
        {text.reconnect}
      </EuiButtonEmpty>
      {error && (
        <EuiText size="xs" color="danger" data-test-subj={`reconnectError-${alias}`}>
          {text.reconnectFailed(error)}
        </EuiText>
      )}
    </div>
  );
}
