import type { estypes } from '@elastic/elasticsearch';
import { groupIndices, remoteClusterClientRequired } from '../search/index_expression';
import { resolveLocalTargets } from '../search/local_targets';
import { resolveRemoteTargets } from '../search/remote_targets';
import type { Endpoint } from './endpoint';

const RESOLVE_INDEX_ACTION = 'indices:admin/resolve/index';

/**
 * `GET /_resolve/index/<expression>`: the indices an expression names, remote ones as
 * `<alias>:<index>`. As in TransportResolveIndexAction, a remote that fails (unreachable, or a
 * security exception) is left out of the answer without an error. The sandbox has no aliases or
 * data streams.
 */
const resolveIndex: Endpoint = {
  method: 'GET',
  path: '/_resolve/index/{name}',
  action: RESOLVE_INDEX_ACTION,
  authorization: 'index_privilege',
  params: ['allow_no_indices', 'expand_wildcards', 'ignore_unavailable', 'mode'],
  body: 'none',
  async handle({ model, nodes, subject, pathParams }) {
    const node = nodes.coordinating();
    const grouped = groupIndices(
      pathParams.name,
      node.remotes().map((remote) => remote.alias),
    );
    if (grouped.remotes.size > 0 && !node.roles.includes('remote_cluster_client')) {
      throw remoteClusterClientRequired(node.name);
    }
    const names: string[] = [];
    if (grouped.local) names.push(...resolveLocalTargets(model, subject, grouped.local, RESOLVE_INDEX_ACTION).indices);
    const remote = await Promise.all(
      [...grouped.remotes].map(async ([alias, patterns]) => {
        const resolution = await resolveRemoteTargets(nodes, subject, alias, patterns, RESOLVE_INDEX_ACTION);
        if (resolution.kind !== 'resolved' || resolution.targets.missing.length > 0) return [];
        return resolution.targets.indices.map((index) => `${alias}:${index}`);
      }),
    );
    names.push(...remote.flat());
    const body: estypes.IndicesResolveIndexResponse = {
      indices: names.sort().map((name) => ({ name, attributes: ['open'] })),
      aliases: [],
      data_streams: [],
    };
    return { body };
  },
};

export const RESOLVE_INDEX_ENDPOINTS: readonly Endpoint[] = [resolveIndex];
