import type { estypes } from '@elastic/elasticsearch';
import type { CcsRemoteIndicesGrant } from '../../common/api/ccs_check';

/** Elasticsearch's wildcard match (`Regex.simpleMatch`): `*` matches any run of characters. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const escaped = pattern.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(value);
}

const asList = (names: string | string[]) => (Array.isArray(names) ? names : [names]);

/** Index privileges that grant a search (`indices:data/read/search`). */
const SEARCH_PRIVILEGES = new Set(['read', 'all']);

/** The `remote_indices` entries of the user's roles whose `clusters` match the alias. */
export function grantsForAlias(
  privileges: Pick<estypes.SecurityGetUserPrivilegesResponse, 'remote_indices'>,
  alias: string,
): CcsRemoteIndicesGrant[] {
  return (privileges.remote_indices ?? [])
    .filter((entry) => entry.clusters.some((pattern) => wildcardMatch(pattern, alias)))
    .map((entry) => ({ clusters: entry.clusters, names: asList(entry.names), privileges: entry.privileges }));
}

/**
 * The parts of the pattern no grant lets the user search. A part is covered when a granted name
 * pattern matches it as written (`logs-*` covers `logs-app-*`): the usual reading of a role, which
 * can miss a part covered only by several grants together.
 */
export function uncoveredParts(grants: CcsRemoteIndicesGrant[], indexPattern: string): string[] {
  const searchable = grants.filter((grant) => grant.privileges.some((privilege) => SEARCH_PRIVILEGES.has(privilege)));
  return indexPattern
    .split(',')
    .filter((part) => !searchable.some((grant) => grant.names.some((name) => wildcardMatch(name, part))));
}
