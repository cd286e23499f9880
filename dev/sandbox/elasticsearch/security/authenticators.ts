import type { SandboxUser } from './users_and_roles';

export type AuthenticationAttempt =
  /** This scheme found nothing it understands in the request; another scheme may. */
  | { readonly kind: 'no_credentials' }
  | { readonly kind: 'authenticated'; readonly user: SandboxUser }
  /** Credentials were present but wrong; `reason` is Elasticsearch's message. */
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * One way of proving who you are (HTTP Basic today; API keys and bearer tokens later), each in its
 * own file so that a new scheme is a new file rather than a new branch.
 */
export interface Authenticator {
  /** The `WWW-Authenticate` challenge this scheme contributes to every 401. */
  readonly challenge: string;
  authenticate(
    authorization: string | undefined,
    users: ReadonlyMap<string, SandboxUser>,
    uri: string,
  ): AuthenticationAttempt;
}
