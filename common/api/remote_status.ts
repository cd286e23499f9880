import { z } from 'zod';
import { remoteClusterAliasSchema } from '../validation/remote_cluster_alias';

/** How long one remote may take to answer a status probe: the default is configured, a request may choose within these. */
export const REMOTE_STATUS_TIMEOUT_BOUNDS = { minMs: 500, maxMs: 60_000 } as const;

const timeoutMsSchema = z.coerce
  .number()
  .int('must be a whole number of milliseconds')
  .min(REMOTE_STATUS_TIMEOUT_BOUNDS.minMs, `must be at least ${REMOTE_STATUS_TIMEOUT_BOUNDS.minMs}`)
  .max(REMOTE_STATUS_TIMEOUT_BOUNDS.maxMs, `must be at most ${REMOTE_STATUS_TIMEOUT_BOUNDS.maxMs}`);

export const remoteStatusQuerySchema = z.strictObject({ timeoutMs: timeoutMsSchema.optional() });
export type RemoteStatusQuery = z.infer<typeof remoteStatusQuerySchema>;

export const reconnectRemoteRequestSchema = z.strictObject({
  alias: remoteClusterAliasSchema,
  timeoutMs: timeoutMsSchema.optional(),
});
export type ReconnectRemoteRequest = z.infer<typeof reconnectRemoteRequestSchema>;

/**
 * `connected`: the remote answered the probe. `disconnected`: Elasticsearch could not connect, with
 * its reason when it gave one. `timed_out`: no answer within the per-remote timeout.
 */
export type RemoteConnectionState = 'connected' | 'disconnected' | 'timed_out';

export interface RemoteStatus {
  alias: string;
  state: RemoteConnectionState;
  /** Elasticsearch's own words (`error` of `_resolve/cluster`), or what timed out. */
  reason?: string;
  /** What the passive `_remote/info` said before the probe: it can be stale. */
  remoteInfoConnected: boolean;
  skipUnavailable: boolean;
  /** The remote's version, when it answered. */
  version?: string;
}

export interface RemoteStatusResponse {
  /** The per-remote timeout the probe used. */
  timeoutMs: number;
  /** How long the whole probe took on the server. */
  elapsedMs: number;
  checkedAt: string;
  remotes: RemoteStatus[];
}

export interface ReconnectRemoteResponse {
  /** The alias's status after the reconnection attempt. */
  remote: RemoteStatus;
}
