import type { Authenticator } from './authenticators';
import type { SecuritySubject } from './authorize_cluster_action';
import { resolveRoles, type RoleDescriptor, type SandboxUser } from './users_and_roles';

export interface AuthenticatedSubject extends SecuritySubject {
  readonly user: SandboxUser;
}

export type AuthenticationOutcome =
  | { readonly ok: true; readonly subject: AuthenticatedSubject }
  /** Always a 401, carrying every scheme's challenge so the client knows how to retry. */
  | { readonly ok: false; readonly reason: string; readonly challenges: readonly string[] };

/**
 * Tries each scheme in turn, like Elasticsearch's authenticator chain: the first that recognises
 * the credentials decides. With no credentials at all, the request is refused as unauthenticated.
 */
export function authenticateRequest(
  authenticators: readonly Authenticator[],
  authorization: string | undefined,
  users: ReadonlyMap<string, SandboxUser>,
  roles: ReadonlyMap<string, RoleDescriptor>,
  uri: string,
): AuthenticationOutcome {
  const challenges = authenticators.map((authenticator) => authenticator.challenge);
  for (const authenticator of authenticators) {
    const attempt = authenticator.authenticate(authorization, users, uri);
    if (attempt.kind === 'failed') return { ok: false, reason: attempt.reason, challenges };
    if (attempt.kind === 'authenticated') {
      const { user } = attempt;
      return { ok: true, subject: { username: user.username, user, roles: resolveRoles(user.roles, roles) } };
    }
  }
  return { ok: false, reason: `missing authentication credentials for REST request [${uri}]`, challenges };
}
