import type { ClusterModel } from '../cluster/cluster_model';
import type { ClusterNodes, RemoteAccess } from '../cluster/cluster_nodes';
import type { ConnectionFailure } from '../remote_clusters/connection_failure';
import type { AuthenticatedSubject } from '../security/authenticate_request';
import { accessGroups } from '../security/cross_cluster_access';
import {
  groupsGrant,
  indexActionDenied,
  localIndexGroups,
  noRemoteIndicesPrivileges,
  remoteIndexActionDenied,
  remoteIndexGroups,
  resolveTargets,
  type ResolvedTargets,
} from '../security/index_authorization';
import { resolveRoles } from '../security/users_and_roles';

/** What one remote made of a request's patterns, after connecting and authorizing. */
export type RemoteResolution =
  | { readonly kind: 'unavailable'; readonly failure: ConnectionFailure }
  /** A security exception: the local role has no `remote_indices` for the alias, or the remote refused. */
  | { readonly kind: 'denied'; readonly reason: string }
  | { readonly kind: 'resolved'; readonly remote: ClusterModel | undefined; readonly targets: ResolvedTargets };

const NOTHING: ResolvedTargets = { indices: [], unauthorized: [], missing: [] };

/**
 * API key model: the local role's `remote_indices` for the alias must exist at all (checked before
 * sending); on the remote, the effective permission is the key's access intersected with them.
 */
function authorizeWithApiKey(
  subject: AuthenticatedSubject,
  access: Extract<RemoteAccess, { connected: true; remote: ClusterModel }>,
  alias: string,
  patterns: readonly string[],
  action: string,
): RemoteResolution {
  const roleGroups = remoteIndexGroups(subject.roles.descriptors, alias);
  if (roleGroups.length === 0) {
    return { kind: 'denied', reason: noRemoteIndicesPrivileges(subject.username, subject.roles, action, alias) };
  }
  const keyGroups = accessGroups(access.apiKey?.access);
  const granted = (index: string) => groupsGrant(keyGroups, action, index) && groupsGrant(roleGroups, action, index);
  const targets = resolveTargets(patterns, access.remote.indices.names(), granted);
  if (targets.unauthorized.length > 0) {
    const key = { id: access.apiKey?.id ?? '', owner: access.apiKey?.username ?? '' };
    return {
      kind: 'denied',
      reason: remoteIndexActionDenied(subject.username, subject.roles, key, action, targets.unauthorized),
    };
  }
  return { kind: 'resolved', remote: access.remote, targets };
}

/** Certificate model: the remote authorizes the user by role names, looked up in its own roles. */
function authorizeWithRoleNames(
  subject: AuthenticatedSubject,
  remote: ClusterModel,
  patterns: readonly string[],
  action: string,
): RemoteResolution {
  const roles = resolveRoles(subject.user.roles, remote.roles);
  const groups = localIndexGroups(roles.descriptors);
  const targets = resolveTargets(patterns, remote.indices.names(), (index) => groupsGrant(groups, action, index));
  if (targets.unauthorized.length > 0) {
    return { kind: 'denied', reason: indexActionDenied(subject.username, roles, action, targets.unauthorized) };
  }
  return { kind: 'resolved', remote, targets };
}

export async function resolveRemoteTargets(
  nodes: ClusterNodes,
  subject: AuthenticatedSubject,
  alias: string,
  patterns: readonly string[],
  action: string,
): Promise<RemoteResolution> {
  const access = await nodes.connect(nodes.coordinating(), alias);
  if (!access.connected) return { kind: 'unavailable', failure: access.failure };
  if (access.remote === undefined) return { kind: 'resolved', remote: undefined, targets: NOTHING };
  return access.model === 'api_key'
    ? authorizeWithApiKey(subject, access, alias, patterns, action)
    : authorizeWithRoleNames(subject, access.remote, patterns, action);
}
