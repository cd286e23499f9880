import type { estypes } from '@elastic/elasticsearch';
import { ElasticsearchError, illegalArgument } from '../http/elasticsearch_error';
import { resolveClusterPrivilege, unknownClusterPrivilegeReason } from '../security/cluster_privileges';
import { resolveIndexPrivilege, unknownIndexPrivilegeReason } from '../security/index_privileges';
import { renderRoleDescriptor } from '../security/role_rendering';
import { BUILT_IN_ROLES, type RoleDescriptor } from '../security/users_and_roles';
import type { Endpoint } from './endpoint';

/** Why Elasticsearch refuses to store this role, if it does. */
function roleProblem(name: string, role: RoleDescriptor): ElasticsearchError | undefined {
  if (name in BUILT_IN_ROLES) return illegalArgument(`Role [${name}] is reserved and may not be used.`);
  const unknownCluster = (role.cluster ?? []).find((privilege) => !resolveClusterPrivilege(privilege));
  if (unknownCluster) return illegalArgument(unknownClusterPrivilegeReason(unknownCluster));
  const groups = [...(role.indices ?? []), ...(role.remote_indices ?? [])];
  const unknownIndex = groups
    .flatMap((group) => group.privileges)
    .find((privilege) => !resolveIndexPrivilege(privilege));
  if (unknownIndex) return illegalArgument(unknownIndexPrivilegeReason(unknownIndex));
  if ((role.remote_indices ?? []).some((group) => !group.clusters || group.clusters.length === 0)) {
    return new ElasticsearchError(
      400,
      'parse_exception',
      `failed to parse remote indices privileges for role [${name}]. missing required [clusters] field`,
    );
  }
  return undefined;
}

const putRole: Endpoint = {
  method: 'PUT',
  path: '/_security/role/{name}',
  action: 'cluster:admin/xpack/security/role/put',
  authorization: 'cluster_privilege',
  params: ['refresh'],
  body: 'required',
  handle({ model, pathParams, body }) {
    const { name } = pathParams;
    const role = (body ?? {}) as RoleDescriptor;
    const problem = roleProblem(name, role);
    if (problem) throw problem;
    const created = !model.roles.has(name);
    model.putRole(name, role);
    const response: estypes.SecurityPutRoleResponse = { role: { created } };
    return { body: response, write: { changed: true, detail: { name } } };
  },
};

const getRoles: Endpoint = {
  method: 'GET',
  path: '/_security/role/{name}',
  action: 'cluster:admin/xpack/security/role/get',
  authorization: 'cluster_privilege',
  body: 'none',
  handle({ model, pathParams }) {
    const names = pathParams.name ? pathParams.name.split(',') : [...model.roles.keys()];
    const found = names.filter((name) => model.roles.has(name));
    // A role that does not exist is a 404 with an empty object, not an error body.
    if (found.length === 0) return { status: 404, body: {} };
    const body: estypes.SecurityGetRoleResponse = Object.fromEntries(
      found.map((name) => [name, renderRoleDescriptor(model.roles.get(name)!)]),
    );
    return { body };
  },
};

export const ROLE_ENDPOINTS: readonly Endpoint[] = [
  putRole,
  { ...putRole, method: 'POST' },
  getRoles,
  { ...getRoles, path: '/_security/role' },
];
