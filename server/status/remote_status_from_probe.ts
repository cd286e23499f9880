import type { estypes } from '@elastic/elasticsearch';
import type { RemoteStatus } from '../../common/api/remote_status';
import { atLeast, parseStackVersion } from '../../common/compatibility/stack_version';

/** Elasticsearch's own `error` for a remote that did not answer within `timeout` (TransportResolveClusterAction). */
export const REMOTE_CONNECTION_TIMEOUT_ERROR = 'Request timed out before receiving a response from the remote cluster';

/** Elasticsearch reports connection and TLS failures as `connected: false` with no `error`: the node logs hold the cause. */
export const NO_REASON_GIVEN =
  'Elasticsearch could not connect and gives no reason for connection or TLS failures; the local nodes’ logs name the cause.';

/** What one remote's probe came to: Elasticsearch's entry for it, or no answer in time. */
export type ProbeAnswer =
  | { kind: 'answered'; entry: estypes.IndicesResolveClusterResolveClusterInfo | undefined }
  | { kind: 'no_answer'; reason: string };

/**
 * `_resolve/cluster` without an index expression (8.18+) takes `timeout` from 8.19 and 9.1: then
 * one call probes every remote in parallel, each bounded by the timeout on Elasticsearch's side.
 */
export function resolveClusterTakesTimeout(localVersion: string): boolean {
  const version = parseStackVersion(localVersion);
  if (!version) return false;
  return version.major === 8 ? atLeast(version, 8, 19) : atLeast(version, 9, 1);
}

export function remoteStatusFromProbe(
  alias: string,
  info: estypes.ClusterRemoteInfoClusterRemoteInfo,
  answer: ProbeAnswer,
  timeoutMs: number,
): RemoteStatus {
  const known = { alias, remoteInfoConnected: info.connected, skipUnavailable: info.skip_unavailable };
  if (answer.kind === 'no_answer') return { ...known, state: 'timed_out', reason: answer.reason };
  const { entry } = answer;
  if (!entry) {
    return { ...known, state: 'disconnected', reason: 'Elasticsearch did not report this remote in its answer.' };
  }
  if (entry.connected)
    return { ...known, state: 'connected', ...(entry.version ? { version: entry.version.number } : {}) };
  if (entry.error === REMOTE_CONNECTION_TIMEOUT_ERROR) {
    return { ...known, state: 'timed_out', reason: `No answer within ${timeoutMs} ms: ${entry.error}.` };
  }
  return { ...known, state: 'disconnected', reason: entry.error ?? NO_REASON_GIVEN };
}
