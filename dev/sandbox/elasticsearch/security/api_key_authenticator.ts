import { authenticateApiKey, parseApiKeyCredentials, type StoredApiKey } from './api_keys';
import type { Authenticator } from './authenticators';
import { inlineRoles, type EffectiveRoles, type SandboxUser } from './users_and_roles';

const API_KEY_PREFIX = 'apikey ';

function ownerOf(key: StoredApiKey, users: ReadonlyMap<string, SandboxUser>): SandboxUser {
  return users.get(key.username) ?? { username: key.username, password: '', roles: [] };
}

/**
 * `Authorization: ApiKey <base64 id:secret>` for REST requests: only keys of type `rest`. A REST
 * key grants its own role descriptors, never more than its owner had when it was created.
 */
export const apiKeyAuthenticator: Authenticator = {
  challenge: 'ApiKey',
  authenticate(authorization, { users, apiKeys }) {
    if (!authorization || !authorization.toLowerCase().startsWith(API_KEY_PREFIX)) return { kind: 'no_credentials' };
    const parsed = parseApiKeyCredentials(authorization.slice(API_KEY_PREFIX.length), 'rest');
    if (!parsed.ok) return { kind: 'unsuccessful', reason: parsed.reason };
    const outcome = authenticateApiKey(apiKeys, parsed, 'rest');
    if (outcome.kind === 'terminated') return { kind: 'failed', reason: outcome.reason };
    if (outcome.kind === 'unsuccessful') return { kind: 'unsuccessful', reason: outcome.reason };
    const { key } = outcome;
    const limitedBy: EffectiveRoles = inlineRoles(key.limitedBy ?? {});
    const own = inlineRoles(key.roleDescriptors);
    return {
      kind: 'authenticated',
      subject: {
        username: key.username,
        user: ownerOf(key, users),
        roles: own.names.length > 0 ? own : limitedBy,
        limitedBy,
        apiKey: { id: key.id, name: key.name, type: key.type },
      },
    };
  },
};
