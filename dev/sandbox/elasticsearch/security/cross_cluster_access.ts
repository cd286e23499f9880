import type { estypes } from '@elastic/elasticsearch';
import type { IndexPermissionGroup } from './index_authorization';
import type { RoleDescriptor } from './users_and_roles';

type AccessEntry = estypes.SecuritySearchAccess | estypes.SecurityReplicationAccess;

const SEARCH_PRIVILEGES = ['read', 'read_cross_cluster', 'view_index_metadata'];
const REPLICATION_PRIVILEGES = ['cross_cluster_replication', 'cross_cluster_replication_internal'];

const asList = (names: string | readonly string[]) => (typeof names === 'string' ? [names] : [...names]);

/** `access` as Elasticsearch stores and returns it: `allow_restricted_indices` always written. */
export function normalizeAccess(access: estypes.SecurityAccess): estypes.SecurityAccess {
  const normalize = <T extends AccessEntry>(entry: T): T => ({
    ...entry,
    names: asList(entry.names),
    allow_restricted_indices: entry.allow_restricted_indices ?? false,
  });
  return {
    ...(access.search ? { search: access.search.map(normalize) } : {}),
    ...(access.replication ? { replication: access.replication.map(normalize) } : {}),
  };
}

/** Why Elasticsearch refuses this `access`, if it does. */
export function accessProblem(access: unknown): string | undefined {
  if (access === undefined) return 'Required [access]';
  const value = access as estypes.SecurityAccess | null;
  if (value === null || typeof value !== 'object') return "access doesn't support values of type: VALUE_NULL";
  if ((value.search?.length ?? 0) === 0 && (value.replication?.length ?? 0) === 0) {
    return 'must specify non-empty access for either [search] or [replication]';
  }
  const entries: AccessEntry[] = [...(value.search ?? []), ...(value.replication ?? [])];
  return entries.some((entry) => asList(entry.names ?? []).length === 0) ? 'Required [names]' : undefined;
}

/**
 * The single role descriptor Elasticsearch derives from `access`
 * (`CrossClusterApiKeyRoleDescriptorBuilder`): search grants read, read_cross_cluster and
 * view_index_metadata; replication the two replication privileges.
 */
export function crossClusterRoleDescriptor(access: estypes.SecurityAccess): RoleDescriptor {
  const search = access.search ?? [];
  const replication = access.replication ?? [];
  const cluster = [
    ...(search.length > 0 ? ['cross_cluster_search', 'monitor_enrich'] : []),
    ...(replication.length > 0 ? ['cross_cluster_replication'] : []),
  ];
  const indices: estypes.SecurityIndicesPrivileges[] = [
    ...search.map((entry) => ({
      names: asList(entry.names),
      privileges: SEARCH_PRIVILEGES,
      ...(entry.field_security ? { field_security: entry.field_security } : {}),
      ...(entry.query ? { query: entry.query } : {}),
      allow_restricted_indices: entry.allow_restricted_indices ?? false,
    })),
    ...replication.map((entry) => ({
      names: asList(entry.names),
      privileges: REPLICATION_PRIVILEGES,
      allow_restricted_indices: entry.allow_restricted_indices ?? false,
    })),
  ];
  return { cluster, indices };
}

/** What a cross-cluster key lets its holder do on index names. */
export function accessGroups(access: estypes.SecurityAccess | undefined): IndexPermissionGroup[] {
  return (crossClusterRoleDescriptor(access ?? {}).indices ?? []).map((group) => ({
    names: asList(group.names),
    privileges: group.privileges,
  }));
}
