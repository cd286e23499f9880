import { privilegeGrantsAction, sortByAccessLevel, type PrivilegeDefinition } from './privilege_patterns';

/**
 * Index privileges with the action patterns of Elasticsearch's `IndexPrivilege` (a subset of the
 * metadata actions). Modelling them as action sets is what makes `manage` imply
 * `view_index_metadata` while `read` does not imply `read_cross_cluster`.
 */
const MONITOR = ['indices:monitor/*'];
const VIEW_INDEX_METADATA = [
  'indices:admin/aliases/get',
  'indices:admin/get',
  'indices:admin/mappings/fields/get*',
  'indices:admin/mappings/get',
  'indices:admin/shards/search_shards',
  'indices:admin/search/search_shards',
  'indices:admin/validate/query*',
  'indices:monitor/settings/get',
  'indices:admin/ilm/explain',
  'indices:admin/data_stream/get',
  'indices:admin/resolve/index',
  'indices:admin/resolve/cluster',
  'indices:data/read/field_caps*',
];

const DEFINITIONS: readonly PrivilegeDefinition[] = [
  { name: 'none', actions: [] },
  { name: 'all', actions: ['indices:*', 'internal:transport/proxy/indices:*'] },
  { name: 'read', actions: ['indices:data/read/*', 'indices:admin/resolve/index', 'indices:admin/resolve/cluster'] },
  {
    name: 'read_cross_cluster',
    actions: [
      'internal:transport/proxy/indices:data/read/*',
      'indices:admin/shards/search_shards',
      'indices:admin/search/search_shards',
      'indices:admin/resolve/cluster',
      'indices:data/read/esql',
      'indices:data/read/esql/compute',
    ],
  },
  { name: 'view_index_metadata', actions: VIEW_INDEX_METADATA },
  { name: 'monitor', actions: MONITOR },
  { name: 'manage', actions: [...MONITOR, 'indices:admin/*', 'indices:data/read/field_caps*'] },
  { name: 'write', actions: ['indices:data/write/*', 'indices:admin/mapping/auto_put'] },
  {
    name: 'index',
    actions: ['indices:data/write/index*', 'indices:data/write/bulk*', 'indices:data/write/update*'],
  },
  { name: 'create', actions: ['indices:data/write/index*', 'indices:data/write/bulk*'] },
  { name: 'delete', actions: ['indices:data/write/delete*', 'indices:data/write/bulk*'] },
  {
    name: 'create_index',
    actions: ['indices:admin/create', 'indices:admin/auto_create', 'indices:admin/data_stream/create'],
  },
  { name: 'delete_index', actions: ['indices:admin/delete', 'indices:admin/data_stream/delete'] },
  {
    name: 'cross_cluster_replication',
    actions: [
      'indices:data/read/xpack/ccr/shard_changes*',
      'indices:monitor/stats*',
      'indices:admin/seq_no/add_retention_lease*',
      'indices:admin/seq_no/remove_retention_lease*',
      'indices:admin/seq_no/renew_retention_lease*',
    ],
  },
  {
    name: 'manage_follow_index',
    actions: [
      'indices:admin/xpack/ccr/put_follow',
      'indices:admin/xpack/ccr/unfollow',
      'indices:admin/close*',
      'indices:admin/data_stream/promote',
      'indices:admin/rollover',
    ],
  },
  {
    name: 'cross_cluster_replication_internal',
    actions: [
      'indices:internal/admin/ccr/restore/session/*',
      'indices:internal/admin/ccr/restore/file_chunk/get',
      'indices:data/read/xpack/ccr/shard_changes*',
    ],
  },
];

const INDEX_PRIVILEGES: readonly PrivilegeDefinition[] = sortByAccessLevel(DEFINITIONS);

const BY_NAME = new Map(INDEX_PRIVILEGES.map((privilege) => [privilege.name, privilege]));

function isIndexAction(name: string): boolean {
  return name.startsWith('indices:') || name.startsWith('internal:transport/proxy/indices:');
}

/** A privilege name or a raw index action; `undefined` for names Elasticsearch would reject. */
export function resolveIndexPrivilege(name: string): PrivilegeDefinition | undefined {
  const lower = name.toLowerCase();
  if (isIndexAction(lower)) return { name: lower, actions: [lower] };
  return BY_NAME.get(lower);
}

export function unknownIndexPrivilegeReason(name: string): string {
  const names = INDEX_PRIVILEGES.map((privilege) => privilege.name).sort();
  return (
    `unknown index privilege [${name.toLowerCase()}]. a privilege must be either one of the predefined fixed ` +
    `indices privileges [${names.join(',')}] or a pattern over one of the available index actions`
  );
}

/** The names a denial lists: `this action is granted by the index privileges [read,all]`. */
export function indexPrivilegesGranting(action: string): string[] {
  return INDEX_PRIVILEGES.filter((privilege) => privilegeGrantsAction(privilege, action)).map(
    (privilege) => privilege.name,
  );
}
