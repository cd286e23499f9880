import type { ApiKeyStore } from './api_keys';
import type { AuthenticatedSubject } from './authenticate_request';
import type { RoleDescriptor, SandboxUser } from './users_and_roles';

/** Where credentials are checked: the native and reserved realms, and the API keys of the security index. */
export interface CredentialStores {
  readonly users: ReadonlyMap<string, SandboxUser>;
  readonly roles: ReadonlyMap<string, RoleDescriptor>;
  readonly apiKeys: ApiKeyStore;
}

export type AuthenticationAttempt =
  /** This scheme found nothing it understands in the request; another scheme may. */
  | { readonly kind: 'no_credentials' }
  | { readonly kind: 'authenticated'; readonly subject: AuthenticatedSubject }
  /**
   * The credentials were this scheme's but did not authenticate, and the chain goes on; if nothing
   * else authenticates, the 401 lists `reason` under `additional_unsuccessful_credentials`.
   */
  | { readonly kind: 'unsuccessful'; readonly reason: string }
  /** Credentials were present but wrong, and authentication stops; `reason` is Elasticsearch's message. */
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * One way of proving who you are (HTTP Basic, API keys), each in its own file so that a new scheme
 * is a new file rather than a new branch.
 */
export interface Authenticator {
  /** The `WWW-Authenticate` challenge this scheme contributes to every 401. */
  readonly challenge: string;
  authenticate(authorization: string | undefined, stores: CredentialStores, uri: string): AuthenticationAttempt;
}
