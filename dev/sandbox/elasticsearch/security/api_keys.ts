import { randomBytes } from 'node:crypto';
import type { estypes } from '@elastic/elasticsearch';
import type { RoleDescriptor } from './users_and_roles';

export type ApiKeyType = 'rest' | 'cross_cluster';

/** One API key as the security index holds it; the sandbox keeps the secret in clear, as it does passwords. */
export interface StoredApiKey {
  readonly id: string;
  readonly name: string;
  readonly type: ApiKeyType;
  readonly secret: string;
  /** Epoch milliseconds. */
  readonly creation: number;
  readonly expiration?: number;
  readonly invalidated: boolean;
  readonly invalidation?: number;
  /** The owner: who created it, and in which realm. */
  readonly username: string;
  readonly realm: string;
  readonly realmType: string;
  readonly metadata: Record<string, unknown>;
  /** For a cross-cluster key, the single `cross_cluster` descriptor Elasticsearch derives from `access`. */
  readonly roleDescriptors: Readonly<Record<string, RoleDescriptor>>;
  /** The owner's roles at creation (REST keys only): the key never grants more than these. */
  readonly limitedBy?: Readonly<Record<string, RoleDescriptor>>;
  readonly access?: estypes.SecurityAccess;
}

export type NewApiKey = Omit<StoredApiKey, 'id' | 'secret' | 'creation' | 'invalidated' | 'invalidation'>;

export interface ApiKeyStore {
  list(): StoredApiKey[];
  get(id: string): StoredApiKey | undefined;
  create(key: NewApiKey): StoredApiKey;
  replace(key: StoredApiKey): void;
}

/** Elasticsearch API key ids are 20 characters of URL-safe base64 (`UUIDs.base64UUID`). */
const newId = () => randomBytes(15).toString('base64url');
/** Secrets are 22 characters; cross-cluster credentials of any other length are refused before lookup. */
export const API_KEY_SECRET_LENGTH = 22;
const newSecret = () => randomBytes(16).toString('base64url');

export function createApiKeyStore(): ApiKeyStore {
  const keys = new Map<string, StoredApiKey>();
  return {
    list: () => [...keys.values()],
    get: (id) => keys.get(id),
    create(key) {
      const stored: StoredApiKey = {
        ...key,
        id: newId(),
        secret: newSecret(),
        creation: Date.now(),
        invalidated: false,
      };
      keys.set(stored.id, stored);
      return stored;
    },
    replace(key) {
      keys.set(key.id, key);
    },
  };
}

/** The `encoded` field of a create response: what goes into `Authorization: ApiKey` or the keystore. */
export function encodedCredentials(key: Pick<StoredApiKey, 'id' | 'secret'>): string {
  return Buffer.from(`${key.id}:${key.secret}`, 'utf8').toString('base64');
}

export type ParsedApiKeyCredentials =
  { readonly ok: true; readonly id: string; readonly secret: string } | { readonly ok: false; readonly reason: string };

/**
 * `ApiKeyService.parseApiKey`: base64 of `id:secret`. A cross-cluster credential must carry a secret
 * of exactly 22 characters, checked before any lookup.
 */
export function parseApiKeyCredentials(encoded: string, expectedType: ApiKeyType): ParsedApiKeyCredentials {
  const decoded = Buffer.from(encoded.trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return { ok: false, reason: 'invalid ApiKey value' };
  const secret = decoded.slice(colon + 1);
  if (expectedType === 'cross_cluster' && secret.length !== API_KEY_SECRET_LENGTH) {
    return { ok: false, reason: 'invalid cross-cluster API key value' };
  }
  return { ok: true, id: decoded.slice(0, colon), secret };
}

export type ApiKeyAuthentication =
  | { readonly kind: 'authenticated'; readonly key: StoredApiKey }
  /** The chain goes on to other authenticators; the remote logs "Authentication using apikey failed - <reason>". */
  | { readonly kind: 'unsuccessful'; readonly reason: string }
  /** Authentication stops here with this message (a key of the wrong type). */
  | { readonly kind: 'terminated'; readonly reason: string };

/**
 * `ApiKeyService.validateApiKeyCredentials` and `validateApiKeyTypeAndExpiration`, in their order:
 * existence, invalidation, secret, type, expiry.
 */
export function authenticateApiKey(
  store: ApiKeyStore,
  credentials: { id: string; secret: string },
  expectedType: ApiKeyType,
  now = Date.now(),
): ApiKeyAuthentication {
  const key = store.get(credentials.id);
  if (!key) return { kind: 'unsuccessful', reason: `unable to find apikey with id ${credentials.id}` };
  if (key.invalidated) return { kind: 'unsuccessful', reason: `api key [${key.id}] has been invalidated` };
  if (key.secret !== credentials.secret) {
    return { kind: 'unsuccessful', reason: `invalid credentials for API key [${key.id}]` };
  }
  if (key.type !== expectedType) {
    return {
      kind: 'terminated',
      reason: `authentication expected API key type of [${expectedType}], but API key [${key.id}] has type [${key.type}]`,
    };
  }
  if (key.expiration !== undefined && key.expiration <= now)
    return { kind: 'unsuccessful', reason: 'api key is expired' };
  return { kind: 'authenticated', key };
}
