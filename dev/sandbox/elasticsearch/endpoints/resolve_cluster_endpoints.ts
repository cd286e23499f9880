import type { estypes } from '@elastic/elasticsearch';
import type { ClusterModel } from '../cluster/cluster_model';
import type { ClusterNodes } from '../cluster/cluster_nodes';
import { versionInfo } from '../cluster/version_info';
import { groupIndices, remoteClusterClientRequired } from '../search/index_expression';
import { resolveLocalTargets } from '../search/local_targets';
import { resolveRemoteTargets, type RemoteResolution } from '../search/remote_targets';
import type { AuthenticatedSubject } from '../security/authenticate_request';
import { timeValueMillis } from '../settings/setting_values';
import type { Endpoint } from './endpoint';
import { skipUnavailable } from './search_endpoints';

const RESOLVE_CLUSTER_ACTION = 'indices:admin/resolve/cluster';
const TIMED_OUT = 'Request timed out before receiving a response from the remote cluster';

function versionOf(model: ClusterModel): estypes.ElasticsearchVersionMinInfo {
  const { number, build_flavor, minimum_wire_compatibility_version, minimum_index_compatibility_version } = versionInfo(
    model.identity.version,
  );
  return { number, build_flavor, minimum_wire_compatibility_version, minimum_index_compatibility_version };
}

/**
 * One remote's entry: dials it (this API is active), then asks it about the patterns. Without an
 * expression the remote is asked only who it is, which needs no index privileges.
 */
async function resolveRemote(
  nodes: ClusterNodes,
  subject: AuthenticatedSubject,
  alias: string,
  patterns: readonly string[] | undefined,
  skip: boolean,
): Promise<estypes.IndicesResolveClusterResolveClusterInfo> {
  const resolution = patterns
    ? await resolveRemoteTargets(nodes, subject, alias, patterns, RESOLVE_CLUSTER_ACTION)
    : await clusterInfoOnly(nodes, alias);
  if (resolution.kind === 'unavailable') {
    const error = resolution.failure.resolveError;
    return { connected: false, skip_unavailable: skip, ...(error ? { error } : {}) };
  }
  // A security exception may come from this node before anything was sent: Elasticsearch says not connected.
  if (resolution.kind === 'denied') return { connected: false, skip_unavailable: skip, error: resolution.reason };
  const { targets, remote } = resolution;
  if (patterns && targets.missing.length > 0) {
    return { connected: true, skip_unavailable: skip, error: `no such index [${targets.missing[0]}]` };
  }
  return {
    connected: true,
    skip_unavailable: skip,
    ...(patterns ? { matching_indices: targets.indices.length > 0 } : {}),
    ...(remote ? { version: versionOf(remote) } : {}),
  };
}

async function clusterInfoOnly(nodes: ClusterNodes, alias: string): Promise<RemoteResolution> {
  const access = await nodes.connect(nodes.coordinating(), alias);
  if (!access.connected) return { kind: 'unavailable', failure: access.failure };
  return { kind: 'resolved', remote: access.remote, targets: { indices: [], unauthorized: [], missing: [] } };
}

function withTimeout<T>(work: Promise<T>, millis: number | undefined, onTimeout: T): Promise<T> {
  if (millis === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout), millis);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const resolveCluster: Endpoint = {
  method: 'GET',
  path: '/_resolve/cluster/{name}',
  action: RESOLVE_CLUSTER_ACTION,
  authorization: 'index_privilege',
  since: '8.13.0',
  params: ['allow_no_indices', 'expand_wildcards', 'ignore_throttled', 'ignore_unavailable', 'timeout'],
  body: 'none',
  async handle({ model, nodes, subject, pathParams, query }) {
    const node = nodes.coordinating();
    const configured = node.remotes().map((remote) => remote.alias);
    const grouped = pathParams.name
      ? groupIndices(pathParams.name, configured)
      : { local: undefined, remotes: new Map(configured.map((alias) => [alias, undefined])) };
    if (grouped.remotes.size > 0 && !node.roles.includes('remote_cluster_client')) {
      throw remoteClusterClientRequired(node.name);
    }
    const body: estypes.IndicesResolveClusterResponse = {};
    if (grouped.local) {
      const targets = resolveLocalTargets(model, subject, grouped.local, RESOLVE_CLUSTER_ACTION);
      body['(local)'] =
        targets.missing.length > 0
          ? { connected: true, skip_unavailable: false, error: `no such index [${targets.missing[0]}]` }
          : {
              connected: true,
              skip_unavailable: false,
              matching_indices: targets.indices.length > 0,
              version: versionOf(model),
            };
    }
    const timeout = query.has('timeout') ? timeValueMillis(query.get('timeout') ?? '') : undefined;
    const entries = await Promise.all(
      [...grouped.remotes].map(([alias, patterns]) => {
        const skip = skipUnavailable(node, alias, model.identity.version);
        return withTimeout(resolveRemote(nodes, subject, alias, patterns, skip), timeout, {
          connected: false,
          skip_unavailable: skip,
          error: TIMED_OUT,
        });
      }),
    );
    [...grouped.remotes.keys()].forEach((alias, i) => (body[alias] = entries[i]));
    return { body };
  },
};

export const RESOLVE_CLUSTER_ENDPOINTS: readonly Endpoint[] = [
  resolveCluster,
  // Without an index expression: every configured remote, connection and version only.
  { ...resolveCluster, path: '/_resolve/cluster', since: '8.18.0' },
];
