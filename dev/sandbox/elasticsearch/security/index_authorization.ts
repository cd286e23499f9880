import { simpleMatch } from '../simple_match';
import { indexPrivilegesGranting, resolveIndexPrivilege } from './index_privileges';
import { privilegeGrantsAction } from './privilege_patterns';
import type { EffectiveRoles, RoleDescriptor } from './users_and_roles';

/** Index names (patterns allowed) and the privileges held on them: a role's `indices` entry. */
export interface IndexPermissionGroup {
  readonly names: readonly string[];
  readonly privileges: readonly string[];
}

const asList = (names: string | readonly string[]) => (typeof names === 'string' ? [names] : names);

/** Does any group grant `action` on `index`? */
export function groupsGrant(groups: readonly IndexPermissionGroup[], action: string, index: string): boolean {
  return groups.some(
    (group) =>
      group.names.some((pattern) => simpleMatch(pattern, index)) &&
      group.privileges.some((name) => {
        const privilege = resolveIndexPrivilege(name);
        return privilege !== undefined && privilegeGrantsAction(privilege, action);
      }),
  );
}

export function localIndexGroups(descriptors: readonly RoleDescriptor[]): IndexPermissionGroup[] {
  return descriptors.flatMap((descriptor) =>
    (descriptor.indices ?? []).map((group) => ({ names: asList(group.names), privileges: group.privileges })),
  );
}

/** The `remote_indices` entries whose `clusters` patterns match the alias. */
export function remoteIndexGroups(descriptors: readonly RoleDescriptor[], alias: string): IndexPermissionGroup[] {
  return descriptors.flatMap((descriptor) =>
    (descriptor.remote_indices ?? [])
      .filter((group) => asList(group.clusters).some((pattern) => simpleMatch(pattern, alias)))
      .map((group) => ({ names: asList(group.names), privileges: group.privileges })),
  );
}

/** What a request targets on one cluster, after wildcards expand to what the caller may see. */
export interface ResolvedTargets {
  readonly indices: readonly string[];
  /** Named explicitly but not granted: the request is refused. */
  readonly unauthorized: readonly string[];
  /** Named explicitly, granted, but not there. */
  readonly missing: readonly string[];
}

/**
 * Elasticsearch's rule for index expressions: a wildcard expands only to the indices the caller may
 * act on (and may expand to nothing), while an explicit name must be granted, and must exist.
 */
export function resolveTargets(
  patterns: readonly string[],
  existing: readonly string[],
  granted: (index: string) => boolean,
): ResolvedTargets {
  const indices = new Set<string>();
  const unauthorized: string[] = [];
  const missing: string[] = [];
  for (const pattern of patterns) {
    if (pattern.includes('*')) {
      for (const index of existing) if (simpleMatch(pattern, index) && granted(index)) indices.add(index);
    } else if (!granted(pattern)) {
      unauthorized.push(pattern);
    } else if (existing.includes(pattern)) {
      indices.add(pattern);
    } else {
      missing.push(pattern);
    }
  }
  return { indices: [...indices].sort(), unauthorized, missing };
}

const roleList = (roles: EffectiveRoles) => roles.names.join(',');

/** `AuthorizationDenialMessages` for an index action on the cluster the caller is on. */
export function indexActionDenied(
  username: string,
  roles: EffectiveRoles,
  action: string,
  indices: readonly string[],
): string {
  return (
    `action [${action}] is unauthorized for user [${username}] with effective roles [${roleList(roles)}] ` +
    `on indices [${indices.join(',')}], this action is granted by the index privileges [${indexPrivilegesGranting(action).join(',')}]`
  );
}

/** Denied on the remote, where the caller is a cross-cluster API key's user (troubleshooting guide's wording). */
export function remoteIndexActionDenied(
  username: string,
  roles: EffectiveRoles,
  apiKey: { readonly id: string; readonly owner: string },
  action: string,
  indices: readonly string[],
): string {
  return (
    `action [${action}] towards remote cluster is unauthorized for user [${username}] with assigned roles ` +
    `[${roleList(roles)}] authenticated by API key id [${apiKey.id}] of user [${apiKey.owner}] on indices ` +
    `[${indices.join(',')}], this action is granted by the index privileges [${indexPrivilegesGranting(action).join(',')}]`
  );
}

/** The local check before anything is sent: the role has no `remote_indices` for that alias at all. */
export function noRemoteIndicesPrivileges(
  username: string,
  roles: EffectiveRoles,
  action: string,
  alias: string,
): string {
  let reason = `action [${action}] towards remote cluster [${alias}] is unauthorized for user [${username}] with effective roles [${roleList(roles)}]`;
  if (roles.missing.length > 0) reason += ` (assigned roles [${roles.missing.join(',')}] were not found)`;
  return `${reason} because no remote indices privileges apply for the target cluster`;
}
