import { clusterPrivilegesGranting, resolveClusterPrivilege } from './cluster_privileges';
import { privilegeGrantsAction, type PrivilegeDefinition } from './privilege_patterns';
import type { EffectiveRoles, RoleDescriptor } from './users_and_roles';

/** Who is asking, once authenticated: the name and the roles that resolved. */
export interface SecuritySubject {
  readonly username: string;
  readonly roles: EffectiveRoles;
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
  let reason = `action [${action}] is unauthorized for user [${subject.username}] with effective roles [${names.join(',')}]`;
  if (missing.length > 0) reason += ` (assigned roles [${missing.join(',')}] were not found)`;
  const granting = clusterPrivilegesGranting(action);
  if (granting.length > 0) reason += `, this action is granted by the cluster privileges [${granting.join(',')}]`;
  return reason;
}

/** A cluster action is allowed when any privilege of any effective role grants it. */
export function authorizeClusterAction(subject: SecuritySubject, action: string): AuthorizationDecision {
  const allowed = clusterPrivilegesOf(subject.roles.descriptors).some((privilege) =>
    privilegeGrantsAction(privilege, action),
  );
  return allowed ? { allowed: true } : { allowed: false, reason: actionDeniedReason(subject, action) };
}
