import { authorizeClusterAction } from './authorize_cluster_action';
import { SEED_ROLES } from './seed_users';
import { BUILT_IN_ROLES, resolveRoles } from './users_and_roles';

const ROLES = new Map(Object.entries({ ...BUILT_IN_ROLES, ...SEED_ROLES, monitoring: { cluster: ['monitor'] } }));

function subject(username: string, roles: string[]) {
  return { username, roles: resolveRoles(roles, ROLES) };
}

describe('authorizeClusterAction', () => {
  it.each([
    ['superuser reads', ['superuser'], 'cluster:monitor/main'],
    ['superuser writes settings', ['superuser'], 'cluster:admin/settings/update'],
    ['manage writes settings', ['cluster_admin'], 'cluster:admin/settings/update'],
    ['manage reads remote info', ['cluster_admin'], 'cluster:monitor/remote/info'],
    ['monitor reads settings', ['monitoring'], 'cluster:monitor/settings'],
  ])('allows: %s', (_name, roles, action) => {
    expect(authorizeClusterAction(subject('u', roles), action)).toEqual({ allowed: true });
  });

  it('accepts a raw action name as a cluster privilege, as Elasticsearch does', () => {
    const roles = resolveRoles(['raw'], new Map([['raw', { cluster: ['cluster:monitor/main'] }]]));
    expect(authorizeClusterAction({ username: 'u', roles }, 'cluster:monitor/main')).toEqual({ allowed: true });
  });

  it.each([
    [
      'no roles',
      subject('nobody', []),
      'cluster:monitor/main',
      'action [cluster:monitor/main] is unauthorized for user [nobody] with effective roles [], this action is granted by the cluster privileges [monitor,manage,all]',
    ],
    [
      'monitor cannot write settings',
      subject('watcher', ['monitoring']),
      'cluster:admin/settings/update',
      'action [cluster:admin/settings/update] is unauthorized for user [watcher] with effective roles [monitoring], this action is granted by the cluster privileges [manage,all]',
    ],
    [
      'roles are listed sorted',
      subject('ccs', ['monitoring', 'cross_cluster_search']),
      'cluster:admin/settings/update',
      'action [cluster:admin/settings/update] is unauthorized for user [ccs] with effective roles [cross_cluster_search,monitoring], this action is granted by the cluster privileges [manage,all]',
    ],
    [
      'missing roles are named',
      subject('ghostly', ['ghost', 'cross_cluster_search']),
      'cluster:monitor/remote/info',
      'action [cluster:monitor/remote/info] is unauthorized for user [ghostly] with effective roles [cross_cluster_search] (assigned roles [ghost] were not found), this action is granted by the cluster privileges [monitor,manage,all]',
    ],
    [
      'manage does not reach security',
      subject('admin', ['cluster_admin']),
      'cluster:admin/xpack/security/cross_cluster/api_key/create',
      'action [cluster:admin/xpack/security/cross_cluster/api_key/create] is unauthorized for user [admin] with effective roles [cluster_admin], this action is granted by the cluster privileges [manage_security,all]',
    ],
  ])('denies: %s', (_name, who, action, reason) => {
    expect(authorizeClusterAction(who, action)).toEqual({ allowed: false, reason });
  });
});
