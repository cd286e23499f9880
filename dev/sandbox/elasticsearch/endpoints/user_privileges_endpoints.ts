import type { estypes } from '@elastic/elasticsearch';
import type { Endpoint } from './endpoint';

const asList = (names: string | readonly string[]) => (typeof names === 'string' ? [names] : [...names]);

/**
 * `GET /_security/user/_privileges`: the caller's privileges, every role merged. `remote_indices`
 * appears only when a role has some, as Elasticsearch writes it.
 */
const userPrivileges: Endpoint = {
  method: 'GET',
  path: '/_security/user/_privileges',
  action: 'cluster:admin/xpack/security/user/list_privileges',
  authorization: 'authenticated_user',
  body: 'none',
  handle({ subject }) {
    const descriptors = subject.roles.descriptors;
    const remoteIndices = descriptors.flatMap((role) =>
      (role.remote_indices ?? []).map((group) => ({
        clusters: asList(group.clusters),
        names: asList(group.names),
        privileges: [...group.privileges],
        allow_restricted_indices: group.allow_restricted_indices ?? false,
      })),
    );
    const body: estypes.SecurityGetUserPrivilegesResponse = {
      cluster: [...new Set(descriptors.flatMap((role) => role.cluster ?? []))].sort(),
      global: [],
      indices: descriptors.flatMap((role) =>
        (role.indices ?? []).map((group) => ({
          names: asList(group.names),
          privileges: [...group.privileges],
          allow_restricted_indices: group.allow_restricted_indices ?? false,
        })),
      ),
      applications: descriptors.flatMap((role) => role.applications ?? []),
      run_as: [...new Set(descriptors.flatMap((role) => role.run_as ?? []))].sort(),
      ...(remoteIndices.length > 0 ? { remote_indices: remoteIndices } : {}),
    };
    return { body };
  },
};

export const USER_PRIVILEGES_ENDPOINTS: readonly Endpoint[] = [userPrivileges];
