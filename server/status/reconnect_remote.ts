import type { RemoteStatus } from '../../common/api/remote_status';
import { isPluginError, PluginError } from '../../common/errors/plugin_error';
import type { CrossClusterGateway } from '../gateways/elasticsearch/cross_cluster_gateway';
import { DEADLINE_GRACE_MS } from './probe_remote_status';
import { remoteStatusFromProbe, resolveClusterTakesTimeout } from './remote_status_from_probe';

/** Elasticsearch's authorization denials (AuthorizationDenialMessages): they say nothing about the connection. */
const isAuthorizationDenial = (error: string | undefined) => error?.includes(' is unauthorized for user ') ?? false;

/**
 * "Reconnect now". Elasticsearch has no reconnect API. Re-putting a remote's unchanged settings
 * changes no cluster state, so nothing reconnects; changing them rebuilds the connection but is a
 * configuration change. `_resolve/cluster` is the real mechanism: TransportResolveClusterAction
 * gets each remote's client with `DisconnectedStrategy.RECONNECT_IF_DISCONNECTED`, so a
 * disconnected remote is dialled again (whatever `skip_unavailable` says), and a connected one is
 * left alone, which makes this idempotent. The expression `<alias>:*` targets this remote only.
 * The dial happens before the local security check of the expression, so when the caller has no
 * `remote_indices` for the alias, `_remote/info` (refreshed by the attempt) tells the outcome.
 */
export async function reconnectRemote(
  gateway: CrossClusterGateway,
  alias: string,
  timeoutMs: number,
): Promise<RemoteStatus> {
  const [before, localVersion] = await Promise.all([gateway.remoteInfo(), gateway.clusterVersion()]);
  if (!before[alias]) {
    throw new PluginError('REMOTE_CLUSTER_NOT_FOUND', `${alias} is not a remote cluster of the local cluster`, {
      field: 'alias',
    });
  }
  const deadlineMs = timeoutMs + DEADLINE_GRACE_MS;
  let entry;
  try {
    const timeout = resolveClusterTakesTimeout(localVersion) ? `${timeoutMs}ms` : undefined;
    const response = await gateway.resolveClusters({ expression: `${alias}:*`, timeout, deadlineMs });
    entry = response[alias];
  } catch (error) {
    if (!(isPluginError(error) && error.code === 'ELASTICSEARCH_TIMEOUT')) throw error;
    const reason = `No answer within ${deadlineMs} ms; Elasticsearch keeps dialling in the background.`;
    return remoteStatusFromProbe(alias, before[alias], { kind: 'no_answer', reason }, timeoutMs);
  }
  if (entry && !entry.connected && isAuthorizationDenial(entry.error)) {
    // The expression was refused for the caller's role after the dial: `_remote/info` tells whether it connected.
    const connected = (await gateway.remoteInfo())[alias]?.connected ?? false;
    entry = connected ? { ...entry, connected: true } : { ...entry, error: undefined };
  }
  return remoteStatusFromProbe(alias, before[alias], { kind: 'answered', entry }, timeoutMs);
}
