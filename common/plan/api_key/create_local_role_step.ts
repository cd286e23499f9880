import { consoleRequest } from '../elasticsearch_commands';
import type { PlanStep } from '../plan_types';
import { blockedBy, step } from '../step_helpers';
import type { CrossClusterAccess } from './cross_cluster_api_key';

const TITLE = 'Create a local role for cross-cluster users (optional)';

export const localRoleName = (alias: string) => `remote-${alias}-search`;

/** Cross-cluster search, as documented for API key remotes (`remote_indices` on the alias). */
const SEARCH_PRIVILEGES = ['read', 'read_cross_cluster', 'view_index_metadata'];
/**
 * Cross-cluster replication, as documented: `manage_ccr` and `cross_cluster_replication` on the
 * leaders. Not `cross_cluster_replication_internal`: the key derives it for the background file
 * copies, which run as the system user, not as the user who follows.
 */
const CCR_CLUSTER_PRIVILEGES = ['manage_ccr'];
const LEADER_PRIVILEGES = ['cross_cluster_replication'];
/** The local side of replication: what the user needs on the follower indices they create. */
const FOLLOWER_PRIVILEGES = ['monitor', 'read', 'write', 'manage_follow_index'];

/**
 * What users need on the local cluster to use the remote. The effective access on the remote is
 * this role intersected with the key's access, so `remote_indices` mirrors the key. Followers are
 * granted under the leaders' names, which auto-follow patterns give them by default
 * (`{{leader_index}}`).
 */
export function localRoleBody(alias: string, access: CrossClusterAccess) {
  const search = (access.search ?? []).map((entry) => ({
    clusters: [alias],
    names: entry.names,
    privileges: SEARCH_PRIVILEGES,
  }));
  const replication = access.replication ?? [];
  const leaders = replication.map((entry) => ({
    clusters: [alias],
    names: entry.names,
    privileges: LEADER_PRIVILEGES,
  }));
  const followers = replication.map((entry) => ({ names: entry.names, privileges: FOLLOWER_PRIVILEGES }));
  return {
    ...(replication.length > 0 ? { cluster: CCR_CLUSTER_PRIVILEGES, indices: followers } : {}),
    remote_indices: [...search, ...leaders],
    metadata: { managed_by: 'kibana-eck-remote-clusters', remote_cluster_alias: alias },
  };
}

const patternsOf = (entries: Array<{ names: string[] }>) => [...new Set(entries.flatMap((entry) => entry.names))];

/** What each privilege of the role lets its users do, in the step's words, before anyone grants it. */
export function localRoleGrants(alias: string, access: CrossClusterAccess): string[] {
  const grants: string[] = [];
  const searched = patternsOf(access.search ?? []).map((name) => `${alias}:${name}`);
  if (searched.length > 0) {
    grants.push(
      `On ${searched.join(', ')}: read (search and get documents), read_cross_cluster (send those searches from this cluster to ${alias}) and view_index_metadata (mappings and field lists, which Kibana's data views need).`,
    );
  }
  const replicated = patternsOf(access.replication ?? []);
  if (replicated.length > 0) {
    grants.push(
      'manage_ccr on this cluster: create and manage follower indices and auto-follow patterns, and read replication stats.',
      `On ${replicated.map((name) => `${alias}:${name}`).join(', ')}: cross_cluster_replication (read the leader indices' operations and stats, and hold retention leases on them).`,
      `On the local follower indices ${replicated.join(', ')}: monitor, read, write and manage_follow_index (follow, pause, resume, unfollow and read them). Edit these names if your followers are named otherwise.`,
    );
  }
  return grants;
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
  const uses = [input.access.search?.length && 'search', input.access.replication?.length && 'replicate from'];
  const use = uses.filter(Boolean).join(' or ');
  const assign = [
    `Assign ${name} to the users who ${use} ${input.alias}; they also need their own local roles. It grants:`,
    ...localRoleGrants(input.alias, input.access),
  ].join(' ');
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
