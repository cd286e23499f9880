import { clusterPrivilegesGranting, resolveClusterPrivilege } from './cluster_privileges';
import { privilegeGrantsAction, type PrivilegeDefinition } from './privilege_patterns';
import type { EffectiveRoles, RoleDescriptor } from './users_and_roles';

/** Who is asking, once authenticated: the name and the roles that resolved. */
export interface SecuritySubject {
  readonly username: string;
  readonly roles: EffectiveRoles;
  /** An API key's id, which denial messages name instead of the roles. */
  readonly apiKey?: { readonly id: string };
  /** Roles that bound `roles` (an API key's owner's): both must grant. */
  readonly limitedBy?: EffectiveRoles;
}

export type AuthorizationDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

export function clusterPrivilegesOf(descriptors: readonly RoleDescriptor[]): PrivilegeDefinition[] {
  return descriptors
    .flatMap((descriptor) => descriptor.cluster ?? [])
    .map((name) => resolveClusterPrivilege(name))
    .filter((privilege): privilege is PrivilegeDefinition => privilege !== undefined);
}

/** The wording of Elasticsearch's `AuthorizationDenialMessages.actionDenied` for a user from a realm. */
function actionDeniedReason(subject: SecuritySubject, action: string): string {
  const { names, missing } = subject.roles;
  let reason = subject.apiKey
    ? `action [${action}] is unauthorized for API key id [${subject.apiKey.id}] of user [${subject.username}]`
    : `action [${action}] is unauthorized for user [${subject.username}] with effective roles [${names.join(',')}]`;
  if (missing.length > 0 && !subject.apiKey) reason += ` (assigned roles [${missing.join(',')}] were not found)`;
  const granting = clusterPrivilegesGranting(action);
  if (granting.length > 0) reason += `, this action is granted by the cluster privileges [${granting.join(',')}]`;
  return reason;
}

/** A cluster action is allowed when any privilege of any effective role grants it. */
export function authorizeClusterAction(subject: SecuritySubject, action: string): AuthorizationDecision {
  const grants = (roles: EffectiveRoles) =>
    clusterPrivilegesOf(roles.descriptors).some((privilege) => privilegeGrantsAction(privilege, action));
  const allowed = grants(subject.roles) && (!subject.limitedBy || grants(subject.limitedBy));
  return allowed ? { allowed: true } : { allowed: false, reason: actionDeniedReason(subject, action) };
}
