import { privilegeGrantsAction, sortByAccessLevel, type PrivilegeDefinition } from './privilege_patterns';

/**
 * The cluster privileges the sandbox knows, with the action patterns Elasticsearch's
 * `ClusterPrivilegeResolver` gives them. A subset: enough to decide remote-cluster work and to
 * name the privileges that would grant a denied action.
 */
const SECURITY = 'cluster:admin/xpack/security/*';
const ALL_CLUSTER = ['cluster:*', 'indices:admin/template/*', 'indices:admin/index_template/*'];
const HAS_PRIVILEGES = 'cluster:admin/xpack/security/user/has_privileges';

const DEFINITIONS: readonly PrivilegeDefinition[] = [
  { name: 'none', actions: [] },
  { name: 'all', actions: ALL_CLUSTER },
  {
    name: 'monitor',
    actions: [
      'cluster:monitor/*',
      'indices:admin/template/get',
      'indices:admin/index_template/get',
      'cluster:admin/component_template/get',
    ],
  },
  { name: 'manage', actions: ALL_CLUSTER, except: [SECURITY] },
  { name: 'manage_security', actions: [SECURITY], except: ['cluster:admin/xpack/security/delegate_pki'] },
  {
    name: 'read_security',
    actions: [
      'cluster:admin/xpack/security/api_key/get',
      'cluster:admin/xpack/security/api_key/query',
      'cluster:admin/xpack/security/role/get',
      'cluster:admin/xpack/security/role_mapping/get',
      'cluster:admin/xpack/security/user/get',
      'cluster:admin/xpack/security/user/list_privileges',
      HAS_PRIVILEGES,
    ],
  },
  { name: 'manage_api_key', actions: ['cluster:admin/xpack/security/api_key/*'] },
  { name: 'monitor_stats', actions: ['cluster:monitor/stats*'] },
  { name: 'monitor_enrich', actions: ['cluster:monitor/xpack/enrich/*'] },
  { name: 'manage_enrich', actions: ['cluster:admin/xpack/enrich/*'] },
  { name: 'manage_ccr', actions: ['cluster:admin/xpack/ccr/*', 'cluster:monitor/state', HAS_PRIVILEGES] },
  { name: 'read_ccr', actions: ['cluster:monitor/state', HAS_PRIVILEGES] },
  { name: 'transport_client', actions: ['cluster:monitor/nodes/liveness', 'cluster:monitor/state'] },
  {
    name: 'cross_cluster_search',
    actions: ['cluster:internal/remote_cluster/handshake', 'cluster:internal/remote_cluster/nodes'],
  },
  {
    name: 'cross_cluster_replication',
    actions: [
      'cluster:internal/remote_cluster/handshake',
      'cluster:internal/remote_cluster/nodes',
      'cluster:monitor/state',
    ],
  },
];

/** Ordered from least to most privileged, as Elasticsearch lists them. */
export const CLUSTER_PRIVILEGES: readonly PrivilegeDefinition[] = sortByAccessLevel(DEFINITIONS);

const BY_NAME = new Map(CLUSTER_PRIVILEGES.map((privilege) => [privilege.name, privilege]));

/** Cluster actions are those the `all` privilege could grant. */
function isClusterAction(name: string): boolean {
  return privilegeGrantsAction(BY_NAME.get('all')!, name);
}

/**
 * A privilege name, or a raw action name, which Elasticsearch turns into the pattern `<action>*`.
 * `undefined` for names it would reject.
 */
export function resolveClusterPrivilege(name: string): PrivilegeDefinition | undefined {
  const lower = name.toLowerCase();
  if (isClusterAction(lower)) return { name: lower, actions: [`${lower}*`] };
  return BY_NAME.get(lower);
}

export function unknownClusterPrivilegeReason(name: string): string {
  return (
    `unknown cluster privilege [${name.toLowerCase()}]. a privilege must be either one of the predefined cluster ` +
    `privilege names [${CLUSTER_PRIVILEGES.map((privilege) => privilege.name).join(',')}] or a pattern over one of ` +
    'the available cluster actions'
  );
}

/** The names listed in a denial message: `this action is granted by the cluster privileges [...]`. */
export function clusterPrivilegesGranting(action: string): string[] {
  return CLUSTER_PRIVILEGES.filter((privilege) => privilegeGrantsAction(privilege, action)).map(
    (privilege) => privilege.name,
  );
}
