import { checkPrivileges, type HasPrivilegesCheck } from './has_privileges';
import { SEED_ROLES } from './seed_users';
import { BUILT_IN_ROLES, resolveRoles } from './users_and_roles';

const ROLES = new Map(
  Object.entries({
    ...BUILT_IN_ROLES,
    ...SEED_ROLES,
    index_manager: { indices: [{ names: ['logs-*'], privileges: ['manage'] }] },
  }),
);

function check(roles: string[], request: HasPrivilegesCheck) {
  const outcome = checkPrivileges({ username: 'u', roles: resolveRoles(roles, ROLES) }, request);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.response;
}

describe('checkPrivileges', () => {
  it.each<[string, string[], string, boolean]>([
    ['superuser has manage_security', ['superuser'], 'manage_security', true],
    ['manage implies monitor', ['cluster_admin'], 'monitor', true],
    ['manage does not imply manage_security', ['cluster_admin'], 'manage_security', false],
    ['manage does not imply read_security', ['cluster_admin'], 'read_security', false],
    ['manage does not imply all', ['cluster_admin'], 'all', false],
    ['an action name', ['cluster_admin'], 'cluster:admin/settings/update', true],
    ['no roles, no privileges', [], 'monitor', false],
  ])('cluster: %s', (_name, roles, privilege, expected) => {
    expect(check(roles, { cluster: [privilege] }).cluster).toEqual({ [privilege]: expected });
  });

  it.each<[string, string[], string, string, boolean]>([
    ['read on a matching index', ['cross_cluster_search'], 'logs-web', 'read', true],
    ['read on a covered pattern', ['cross_cluster_search'], 'logs-web-*', 'read', true],
    ['read on a wider pattern', ['cross_cluster_search'], 'logs*', 'read', false],
    ['read on another index', ['cross_cluster_search'], 'metrics-1', 'read', false],
    ['read does not imply view_index_metadata', ['cross_cluster_search'], 'logs-web', 'view_index_metadata', false],
    ['read does not imply read_cross_cluster', ['cross_cluster_search'], 'logs-web', 'read_cross_cluster', false],
    ['manage implies view_index_metadata', ['index_manager'], 'logs-web', 'view_index_metadata', true],
    ['superuser reads anything', ['superuser'], '.security', 'read', true],
  ])('index: %s', (_name, roles, name, privilege, expected) => {
    expect(check(roles, { index: [{ names: [name], privileges: [privilege] }] }).index).toEqual({
      [name]: { [privilege]: expected },
    });
  });

  it('answers has_all_requested over every check, and application privileges', () => {
    const response = check(['cross_cluster_search'], {
      cluster: [],
      index: [{ names: 'logs-a', privileges: ['read'] }],
      application: [{ application: 'kibana-.kibana', privileges: ['all'], resources: ['*'] }],
    });
    expect(response).toEqual({
      username: 'u',
      has_all_requested: false,
      cluster: {},
      index: { 'logs-a': { read: true } },
      application: { 'kibana-.kibana': { '*': { all: false } } },
    });
  });

  it.each([
    [
      { cluster: ['manage_everything'] },
      /^unknown cluster privilege \[manage_everything\]\. a privilege must be either one of the predefined cluster privilege names \[none,.*,all\] or a pattern over one of the available cluster actions$/,
    ],
    [
      { index: [{ names: ['a'], privileges: ['reed'] }] },
      /^unknown index privilege \[reed\]\. a privilege must be either one of the predefined fixed indices privileges \[.*\] or a pattern over one of the available index actions$/,
    ],
  ])('refuses unknown privileges %j', (request, reason) => {
    const outcome = checkPrivileges({ username: 'u', roles: resolveRoles([], ROLES) }, request);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });
});
