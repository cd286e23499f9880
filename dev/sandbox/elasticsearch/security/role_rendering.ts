import type { estypes } from '@elastic/elasticsearch';
import type { RoleDescriptor } from './users_and_roles';

/**
 * A role as `GET /_security/role` (and an API key's `role_descriptors`) print it: every list
 * written even when empty, `allow_restricted_indices` filled in, `transient_metadata` enabled.
 */
export function renderRoleDescriptor(role: RoleDescriptor): estypes.SecurityGetRoleRole {
  return {
    cluster: [...(role.cluster ?? [])],
    indices: (role.indices ?? []).map((group) => ({
      ...group,
      allow_restricted_indices: group.allow_restricted_indices ?? false,
    })),
    applications: [...(role.applications ?? [])],
    run_as: [...(role.run_as ?? [])],
    metadata: { ...(role.metadata ?? {}) },
    transient_metadata: { enabled: true },
    ...(role.remote_indices
      ? {
          remote_indices: role.remote_indices.map((group) => ({
            ...group,
            allow_restricted_indices: group.allow_restricted_indices ?? false,
          })),
        }
      : {}),
    ...(role.remote_cluster ? { remote_cluster: [...role.remote_cluster] } : {}),
    ...(role.description !== undefined ? { description: role.description } : {}),
  };
}
