import { consoleRequest } from '../elasticsearch_commands';
import type { PlanStep } from '../plan_types';
import { blockedBy, step } from '../step_helpers';
import type { CrossClusterAccess } from './cross_cluster_api_key';

const TITLE = 'Create a local role for cross-cluster users (optional)';

export const localRoleName = (alias: string) => `remote-${alias}-search`;

/**
 * What users need on the local cluster to use the remote: `remote_indices` for the alias. The
 * effective access is this role intersected with the key's access, so it mirrors the key.
 */
export function localRoleBody(alias: string, access: CrossClusterAccess) {
  const search = (access.search ?? []).map((entry) => ({
    clusters: [alias],
    names: entry.names,
    privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
  }));
  const replication = (access.replication ?? []).map((entry) => ({
    clusters: [alias],
    names: entry.names,
    privileges: ['cross_cluster_replication', 'cross_cluster_replication_internal'],
  }));
  return {
    ...(replication.length > 0 ? { cluster: ['manage_ccr'] } : {}),
    remote_indices: [...search, ...replication],
    metadata: { managed_by: 'kibana-eck-remote-clusters', remote_cluster_alias: alias },
  };
}

interface LocalRoleInput {
  alias: string;
  access: CrossClusterAccess;
  /** `true` when the role exists; `null` when it could not be read. */
  roleExists: boolean | null;
  /** Roles need `manage_security`, which cluster admins with `manage` often lack. */
  canManageSecurity: boolean;
  configureStep: PlanStep;
}

/** Optional in every status: the connection works without it, users just lack a role to use it. */
export const createLocalRoleStep = (input: LocalRoleInput): PlanStep<'create_local_role'> => ({
  ...localRoleStep(input),
  optional: true,
});

function localRoleStep(input: LocalRoleInput): PlanStep<'create_local_role'> {
  const id = 'create_local_role' as const;
  const name = localRoleName(input.alias);
  if (input.configureStep.status !== 'done') return blockedBy(id, TITLE, input.configureStep);
  if (input.roleExists) return step(id, TITLE, 'done', `The role ${name} grants access to ${input.alias}.`);
  const body = localRoleBody(input.alias, input.access);
  const command = consoleRequest('PUT', `/_security/role/${name}`, body);
  const assign = `Assign ${name} to the users who search ${input.alias}; they also need their own local roles.`;
  if (!input.canManageSecurity) {
    return step(
      id,
      TITLE,
      'manual',
      `Creating roles needs the cluster privilege manage_security, which your user lacks. ${assign}`,
      {
        instructions: {
          commands: [command],
          files: [],
          settings: [],
          pendingNodes: [],
          runOn: 'dev_tools',
          notes: ['A user with manage_security can run this request in Dev Tools, or apply this step here.'],
        },
      },
    );
  }
  return step(id, TITLE, 'ready', assign, {
    changes: [
      {
        kind: 'elasticsearch_request',
        cluster: 'local',
        method: 'PUT',
        path: `/_security/role/${name}`,
        body,
        command,
      },
    ],
  });
}
