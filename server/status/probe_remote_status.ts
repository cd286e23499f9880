import type { estypes } from '@elastic/elasticsearch';
import type { RemoteStatusResponse } from '../../common/api/remote_status';
import { isPluginError } from '../../common/errors/plugin_error';
import type { CrossClusterGateway } from '../gateways/elasticsearch/cross_cluster_gateway';
import { remoteStatusFromProbe, resolveClusterTakesTimeout, type ProbeAnswer } from './remote_status_from_probe';

/** How much longer than the per-remote timeout the HTTP call may take: Elasticsearch's own work and the network. */
export const DEADLINE_GRACE_MS = 500;

const isTimeout = (error: unknown) => isPluginError(error) && error.code === 'ELASTICSEARCH_TIMEOUT';

/**
 * One `_resolve/cluster?timeout=` without an index expression: Elasticsearch probes every remote
 * in parallel, names each that timed out, and needs no index privilege. If the local cluster itself
 * does not answer by the deadline, every remote is reported as timed out, saying so.
 */
async function probeAllAtOnce(gateway: CrossClusterGateway, aliases: string[], timeoutMs: number) {
  const deadlineMs = timeoutMs + DEADLINE_GRACE_MS;
  try {
    const response = await gateway.resolveClusters({ timeout: `${timeoutMs}ms`, deadlineMs });
    return new Map(
      aliases.map((alias): [string, ProbeAnswer] => [alias, { kind: 'answered', entry: response[alias] }]),
    );
  } catch (error) {
    if (!isTimeout(error)) throw error;
    const answer: ProbeAnswer = {
      kind: 'no_answer',
      reason: `The local cluster did not answer within ${deadlineMs} ms.`,
    };
    return new Map(aliases.map((alias): [string, ProbeAnswer] => [alias, answer]));
  }
}

/**
 * Before 8.19 and on 9.0 Elasticsearch has no `timeout` here: one `_resolve/cluster/<alias>:*` per
 * remote, all at once, each abandoned by the client at the timeout.
 */
async function probeEachAlias(gateway: CrossClusterGateway, aliases: string[], timeoutMs: number) {
  const answers = await Promise.all(
    aliases.map(async (alias): Promise<ProbeAnswer> => {
      try {
        const response = await gateway.resolveClusters({ expression: `${alias}:*`, deadlineMs: timeoutMs });
        return { kind: 'answered', entry: response[alias] };
      } catch (error) {
        if (isTimeout(error)) return { kind: 'no_answer', reason: `No answer within ${timeoutMs} ms.` };
        throw error;
      }
    }),
  );
  return new Map(aliases.map((alias, i) => [alias, answers[i]]));
}

export async function probeRemotes(
  gateway: CrossClusterGateway,
  remoteInfo: estypes.ClusterRemoteInfoResponse,
  localVersion: string,
  timeoutMs: number,
): Promise<Map<string, ProbeAnswer>> {
  const aliases = Object.keys(remoteInfo).sort();
  if (aliases.length === 0) return new Map();
  return resolveClusterTakesTimeout(localVersion)
    ? probeAllAtOnce(gateway, aliases, timeoutMs)
    : probeEachAlias(gateway, aliases, timeoutMs);
}

/**
 * Status of every remote of the local cluster, computed fresh: `_remote/info` lists them (and what
 * it last saw, which can be stale), then an active probe bounded by the per-remote timeout.
 */
export async function probeRemoteStatus(
  gateway: CrossClusterGateway,
  timeoutMs: number,
): Promise<RemoteStatusResponse> {
  const started = Date.now();
  const [remoteInfo, localVersion] = await Promise.all([gateway.remoteInfo(), gateway.clusterVersion()]);
  const answers = await probeRemotes(gateway, remoteInfo, localVersion, timeoutMs);
  const remotes = [...answers].map(([alias, answer]) =>
    remoteStatusFromProbe(alias, remoteInfo[alias], answer, timeoutMs),
  );
  return { timeoutMs, elapsedMs: Date.now() - started, checkedAt: new Date(started).toISOString(), remotes };
}
