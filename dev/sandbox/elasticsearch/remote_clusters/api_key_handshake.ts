import type { LicenseState } from '../cluster/license';
import { authenticateApiKey, parseApiKeyCredentials, type StoredApiKey } from '../security/api_keys';
import type { ClusterModel } from '../cluster/cluster_model';
import {
  licenseNonCompliant,
  REMOTE_HANDSHAKE_ACTION,
  securityFailure,
  type ConnectionFailure,
  type FailureContext,
} from './connection_failure';

/** `advanced-remote-cluster-security` is an Enterprise feature; a trial has every feature. */
export function allowsAdvancedRemoteClusterSecurity(license: LicenseState): boolean {
  return (license.type === 'enterprise' || license.type === 'trial') && license.status === 'active';
}

const apiKeyAuthenticatorLog = (reason: string) =>
  ({
    level: 'WARN',
    logger: 'o.e.x.s.a.ApiKeyAuthenticator',
    message: `Authentication using apikey failed - ${reason}`,
  }) as const;

/**
 * The API key half of the remote cluster handshake on port 9443: the local node checks its own
 * licence before sending the credentials, the remote its licence, then authenticates the key as a
 * cross-cluster key. Returns the key the remote authenticated, or why it refused.
 */
export function authenticateCrossClusterAccess(
  context: FailureContext,
  credentials: string,
  localLicense: LicenseState,
  remote: ClusterModel,
  now: Date,
): { readonly ok: true; readonly key: StoredApiKey } | { readonly ok: false; readonly failure: ConnectionFailure } {
  if (!allowsAdvancedRemoteClusterSecurity(localLicense))
    return { ok: false, failure: licenseNonCompliant(context, 'local') };
  if (!allowsAdvancedRemoteClusterSecurity(remote.license)) {
    return { ok: false, failure: licenseNonCompliant(context, 'remote') };
  }
  const parsed = parseApiKeyCredentials(credentials, 'cross_cluster');
  if (!parsed.ok) return { ok: false, failure: securityFailure('api_key_invalid_value', context, parsed.reason) };
  const outcome = authenticateApiKey(remote.apiKeys, parsed, 'cross_cluster', now.getTime());
  if (outcome.kind === 'authenticated') return { ok: true, key: outcome.key };
  if (outcome.kind === 'terminated') {
    return { ok: false, failure: securityFailure('api_key_not_cross_cluster', context, outcome.reason) };
  }
  const message = `unable to authenticate user [${parsed.id}] for action [${REMOTE_HANDSHAKE_ACTION}]`;
  return {
    ok: false,
    failure: securityFailure('api_key_unauthenticated', context, message, {
      remoteLog: apiKeyAuthenticatorLog(outcome.reason),
    }),
  };
}
