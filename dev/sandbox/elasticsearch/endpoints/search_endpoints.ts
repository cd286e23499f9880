import type { ClusterNode } from '../cluster/cluster_nodes';
import { defaultSkipUnavailable } from '../cluster/version_info';
import { ElasticsearchError, securityException } from '../http/elasticsearch_error';
import { unreachable } from '../remote_clusters/connection_failure';
import { groupIndices, indexNotFound, remoteClusterClientRequired } from '../search/index_expression';
import { resolveLocalTargets } from '../search/local_targets';
import { resolveRemoteTargets } from '../search/remote_targets';
import { searchResponse, type ClusterShare } from '../search/search_response';
import type { Endpoint } from './endpoint';

export const SEARCH_ACTION = 'indices:data/read/search';

export function skipUnavailable(node: ClusterNode, alias: string, version: string): boolean {
  return node.remotes().find((remote) => remote.alias === alias)?.skipUnavailable ?? defaultSkipUnavailable(version);
}

function page(query: URLSearchParams, body: unknown): { from: number; size: number } {
  const source = (body ?? {}) as { from?: number; size?: number };
  const number = (name: 'from' | 'size', fallback: number) =>
    query.has(name) ? Number(query.get(name)) : (source[name] ?? fallback);
  return { from: number('from', 0), size: number('size', 10) };
}

const search: Endpoint = {
  method: 'GET',
  path: '/{index}/_search',
  action: SEARCH_ACTION,
  authorization: 'index_privilege',
  params: [
    'allow_no_indices',
    'ccs_minimize_roundtrips',
    'expand_wildcards',
    'from',
    'ignore_unavailable',
    'q',
    'rest_total_hits_as_int',
    'size',
    'timeout',
    'track_total_hits',
    'typed_keys',
  ],
  body: 'optional',
  async handle({ model, nodes, subject, pathParams, query, body }) {
    const node = nodes.coordinating();
    // Without an index, a search covers every local index and no remote.
    const grouped = groupIndices(
      pathParams.index ?? '*',
      node.remotes().map((remote) => remote.alias),
    );
    if (grouped.remotes.size > 0 && !node.roles.includes('remote_cluster_client')) {
      throw remoteClusterClientRequired(node.name);
    }
    const shares: ClusterShare[] = [];
    if (grouped.local) {
      const targets = resolveLocalTargets(model, subject, grouped.local, SEARCH_ACTION);
      if (targets.missing.length > 0) throw indexNotFound(targets.missing[0]);
      shares.push({ alias: undefined, patterns: grouped.local, store: model.indices, indices: targets.indices });
    }
    for (const [alias, patterns] of grouped.remotes) {
      const resolution = await resolveRemoteTargets(nodes, subject, alias, patterns, SEARCH_ACTION);
      if (resolution.kind === 'denied') throw securityException(403, resolution.reason);
      if (resolution.kind === 'unavailable') {
        const { cause, searchFailure } = resolution.failure;
        // A licence refusal fails the search itself; only an unreachable remote can be skipped.
        if (cause !== 'license_non_compliant' && skipUnavailable(node, alias, model.identity.version)) {
          shares.push({ alias, patterns, skipped: unreachable(alias) });
          continue;
        }
        throw new ElasticsearchError(searchFailure.status, searchFailure.type, searchFailure.reason);
      }
      if (resolution.targets.missing.length > 0) throw indexNotFound(resolution.targets.missing[0]);
      shares.push({ alias, patterns, store: resolution.remote?.indices, indices: resolution.targets.indices });
    }
    return { body: searchResponse(shares, page(query, body)) };
  },
};

export const SEARCH_ENDPOINTS: readonly Endpoint[] = [
  search,
  { ...search, method: 'POST' },
  { ...search, path: '/_search' },
  { ...search, path: '/_search', method: 'POST' },
];
