import { ElasticsearchError } from '../http/elasticsearch_error';
import { simpleMatch } from '../simple_match';

/** An index expression split by cluster: `logs-*,eck:logs-*,*:metrics` (`RemoteClusterService.groupIndices`). */
export interface GroupedIndices {
  /** `undefined` when the expression names no local index at all. */
  readonly local: readonly string[] | undefined;
  /** Patterns per configured alias, in alias order. */
  readonly remotes: ReadonlyMap<string, readonly string[]>;
}

export function noSuchRemoteCluster(alias: string): ElasticsearchError {
  return new ElasticsearchError(404, 'no_such_remote_cluster_exception', `no such remote cluster: [${alias}]`);
}

/** Throws `no_such_remote_cluster_exception` for an alias that is neither configured nor a wildcard. */
export function groupIndices(expression: string, aliases: readonly string[]): GroupedIndices {
  const local: string[] = [];
  const remotes = new Map<string, string[]>();
  for (const part of expression
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')) {
    const colon = part.indexOf(':');
    if (colon === -1) {
      local.push(part);
      continue;
    }
    const aliasPattern = part.slice(0, colon);
    const matching = aliases.filter((alias) => simpleMatch(aliasPattern, alias));
    if (matching.length === 0 && !aliasPattern.includes('*')) throw noSuchRemoteCluster(aliasPattern);
    for (const alias of matching) remotes.set(alias, [...(remotes.get(alias) ?? []), part.slice(colon + 1)]);
  }
  const sorted = new Map([...remotes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { local: local.length > 0 ? local : undefined, remotes: sorted };
}

/** `IndexNotFoundException` as Elasticsearch writes it. */
export function indexNotFound(index: string): ElasticsearchError {
  return new ElasticsearchError(404, 'index_not_found_exception', `no such index [${index}]`, {
    metadata: { 'resource.type': 'index_or_alias', 'resource.id': index, index_uuid: '_na_', index },
  });
}

/** A coordinating node without `remote_cluster_client` refuses anything that names a remote. */
export function remoteClusterClientRequired(nodeName: string): ElasticsearchError {
  return new ElasticsearchError(
    400,
    'illegal_argument_exception',
    `node [${nodeName}] does not have the [remote_cluster_client] role`,
  );
}
