import type { ApiKeyType } from './api_keys';
import type { Authenticator, CredentialStores } from './authenticators';
import type { SecuritySubject } from './authorize_cluster_action';
import type { EffectiveRoles, SandboxUser } from './users_and_roles';

export interface AuthenticatedSubject extends SecuritySubject {
  readonly user: SandboxUser;
  /** Set when an API key authenticated the request; `user` is then its owner. */
  readonly apiKey?: { readonly id: string; readonly name: string; readonly type: ApiKeyType };
  /** An API key's owner's roles at creation: whatever the key grants, it grants no more than these. */
  readonly limitedBy?: EffectiveRoles;
}

export type AuthenticationOutcome =
  | { readonly ok: true; readonly subject: AuthenticatedSubject }
  /** Always a 401, carrying every scheme's challenge so the client knows how to retry. */
  | {
      readonly ok: false;
      readonly reason: string;
      readonly challenges: readonly string[];
      /** `additional_unsuccessful_credentials` of the error body. */
      readonly unsuccessful?: string;
    };

/**
 * Tries each scheme in turn, like Elasticsearch's authenticator chain: a scheme that recognises the
 * credentials decides, unless it merely failed to authenticate them and lets the chain go on.
 */
export function authenticateRequest(
  authenticators: readonly Authenticator[],
  authorization: string | undefined,
  stores: CredentialStores,
  uri: string,
): AuthenticationOutcome {
  const challenges = authenticators.map((authenticator) => authenticator.challenge);
  const unsuccessful: string[] = [];
  for (const authenticator of authenticators) {
    const attempt = authenticator.authenticate(authorization, stores, uri);
    if (attempt.kind === 'failed') return { ok: false, reason: attempt.reason, challenges };
    if (attempt.kind === 'authenticated') return { ok: true, subject: attempt.subject };
    if (attempt.kind === 'unsuccessful') unsuccessful.push(`API key: ${attempt.reason}`);
  }
  if (unsuccessful.length > 0) {
    const reason =
      'unable to authenticate with provided credentials and anonymous access is not allowed for this request';
    return { ok: false, reason, challenges, unsuccessful: unsuccessful.join(', ') };
  }
  return { ok: false, reason: `missing authentication credentials for REST request [${uri}]`, challenges };
}
