import type { estypes } from '@elastic/elasticsearch';
import { ElasticsearchError } from '../http/elasticsearch_error';
import { timeValueMillis } from '../settings/setting_values';
import { encodedCredentials, type StoredApiKey } from './api_keys';
import type { AuthenticatedSubject } from './authenticate_request';
import { renderRoleDescriptor } from './role_rendering';
import { realmOf, type RoleDescriptor } from './users_and_roles';

/** The body fields every API key request shares. */
export interface ApiKeyRequestBody {
  readonly name?: unknown;
  readonly expiration?: unknown;
  readonly metadata?: unknown;
}

function validationFailed(problems: readonly string[]): ElasticsearchError {
  const listed = problems.map((problem, i) => `${i + 1}: ${problem};`).join('');
  return new ElasticsearchError(400, 'action_request_validation_exception', `Validation Failed: ${listed}`);
}

/** `AbstractCreateApiKeyRequest.validate`, for the fields the sandbox reads; throws Elasticsearch's 400. */
export function validateApiKeyRequest(body: ApiKeyRequestBody, options: { requireName: boolean }): void {
  const problems: string[] = [];
  const { name, metadata } = body;
  if (options.requireName && (typeof name !== 'string' || name.trim() === ''))
    problems.push('api key name is required');
  if (typeof name === 'string' && name.startsWith('_')) problems.push('api key name may not begin with an underscore');
  if (metadata !== undefined && metadata !== null && typeof metadata === 'object') {
    if (Object.keys(metadata).some((key) => key.startsWith('_')))
      problems.push('API key metadata keys may not start with [_]');
  }
  if (problems.length > 0) throw validationFailed(problems);
}

/** The absolute expiry of a relative `expiration` (`7d`), or `undefined` for a key that never expires. */
export function expiryFrom(expiration: unknown, now: number): number | undefined {
  if (expiration === undefined || expiration === null) return undefined;
  const millis = typeof expiration === 'string' ? timeValueMillis(expiration) : undefined;
  if (millis === undefined) {
    throw new ElasticsearchError(
      400,
      'illegal_argument_exception',
      `failed to parse setting [expiration] with value [${String(expiration)}] as a time value: unit is missing or unrecognized`,
    );
  }
  return now + millis;
}

/** The owner's roles, snapshotted into a key so it can never grant more than they did. */
export function ownerRoleSnapshot(subject: AuthenticatedSubject): Record<string, RoleDescriptor> {
  const { names, descriptors } = subject.limitedBy ?? subject.roles;
  return Object.fromEntries(names.map((name, i) => [name, descriptors[i]]));
}

export function ownerFields(subject: AuthenticatedSubject) {
  const realm = realmOf(subject.user);
  return { username: subject.username, realm: realm.name, realmType: realm.type };
}

// The same JSON as a role from `GET /_security/role`; the specification types the two apart.
const renderDescriptors = (descriptors: Readonly<Record<string, RoleDescriptor>>) =>
  Object.fromEntries(
    Object.entries(descriptors).map(([name, role]) => [
      name,
      renderRoleDescriptor(role) as estypes.SecurityRoleDescriptor,
    ]),
  );

/** One entry of `GET /_security/api_key`. */
export function renderApiKey(key: StoredApiKey, withLimitedBy: boolean): estypes.SecurityApiKey {
  return {
    id: key.id,
    name: key.name,
    type: key.type,
    creation: key.creation,
    ...(key.expiration !== undefined ? { expiration: key.expiration } : {}),
    invalidated: key.invalidated,
    ...(key.invalidation !== undefined ? { invalidation: key.invalidation } : {}),
    username: key.username,
    realm: key.realm,
    realm_type: key.realmType,
    metadata: key.metadata,
    role_descriptors: renderDescriptors(key.roleDescriptors),
    ...(key.access ? { access: key.access } : {}),
    ...(withLimitedBy && key.limitedBy ? { limited_by: [renderDescriptors(key.limitedBy)] } : {}),
  };
}

/** What creating a key answers, REST or cross-cluster alike: the only time the secret is shown. */
export function createdApiKey(key: StoredApiKey): estypes.SecurityCreateApiKeyResponse {
  return {
    id: key.id,
    name: key.name,
    ...(key.expiration !== undefined ? { expiration: key.expiration } : {}),
    api_key: key.secret,
    encoded: encodedCredentials(key),
  };
}
