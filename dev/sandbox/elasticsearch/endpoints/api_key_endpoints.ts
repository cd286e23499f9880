import type { estypes } from '@elastic/elasticsearch';
import { ElasticsearchError } from '../http/elasticsearch_error';
import { booleanParam } from '../http/rest_request';
import type { StoredApiKey } from '../security/api_keys';
import {
  createdApiKey,
  expiryFrom,
  ownerFields,
  ownerRoleSnapshot,
  renderApiKey,
  validateApiKeyRequest,
  type ApiKeyRequestBody,
} from '../security/api_key_requests';
import type { AuthenticatedSubject } from '../security/authenticate_request';
import { authorizeClusterAction } from '../security/authorize_cluster_action';
import type { RoleDescriptor } from '../security/users_and_roles';
import { simpleMatch } from '../simple_match';
import type { Endpoint } from './endpoint';

interface RestKeyBody extends ApiKeyRequestBody {
  readonly role_descriptors?: Record<string, RoleDescriptor>;
}

const createApiKey: Endpoint = {
  method: 'POST',
  path: '/_security/api_key',
  action: 'cluster:admin/xpack/security/api_key/create',
  authorization: 'cluster_privilege',
  params: ['refresh'],
  body: 'required',
  handle({ model, subject, body }) {
    const request = (body ?? {}) as RestKeyBody;
    validateApiKeyRequest(request, { requireName: true });
    const key = model.apiKeys.create({
      ...ownerFields(subject),
      name: String(request.name),
      type: 'rest',
      expiration: expiryFrom(request.expiration, Date.now()),
      metadata: (request.metadata as Record<string, unknown> | undefined) ?? {},
      roleDescriptors: request.role_descriptors ?? {},
      limitedBy: ownerRoleSnapshot(subject),
    });
    return { body: createdApiKey(key), write: { changed: true, detail: { id: key.id, name: key.name } } };
  },
};

interface KeyFilter {
  readonly ids?: readonly string[];
  readonly name?: string;
  readonly username?: string;
  readonly realmName?: string;
  readonly owner?: boolean;
  readonly activeOnly?: boolean;
}

function matches(key: StoredApiKey, filter: KeyFilter, subject: AuthenticatedSubject, now: number): boolean {
  if (filter.ids && !filter.ids.includes(key.id)) return false;
  if (filter.name && !simpleMatch(filter.name, key.name)) return false;
  if (filter.username && key.username !== filter.username) return false;
  if (filter.realmName && key.realm !== filter.realmName) return false;
  if (filter.owner && key.username !== subject.username) return false;
  if (filter.activeOnly && (key.invalidated || (key.expiration !== undefined && key.expiration <= now))) return false;
  return true;
}

const getApiKeys: Endpoint = {
  method: 'GET',
  path: '/_security/api_key',
  action: 'cluster:admin/xpack/security/api_key/get',
  authorization: 'cluster_privilege',
  params: ['id', 'name', 'username', 'realm_name', 'owner', 'active_only', 'with_limited_by', 'with_profile_uid'],
  body: 'none',
  handle({ model, subject, query }) {
    const id = query.get('id');
    const filter: KeyFilter = {
      ids: id ? [id] : undefined,
      name: query.get('name') ?? undefined,
      username: query.get('username') ?? undefined,
      realmName: query.get('realm_name') ?? undefined,
      owner: booleanParam(query, 'owner'),
      activeOnly: booleanParam(query, 'active_only'),
    };
    const now = Date.now();
    const withLimitedBy = booleanParam(query, 'with_limited_by');
    const apiKeys = model.apiKeys
      .list()
      .filter((key) => matches(key, filter, subject, now))
      .map((key) => renderApiKey(key, withLimitedBy));
    const response: estypes.SecurityGetApiKeyResponse = { api_keys: apiKeys };
    return { body: response };
  },
};

interface InvalidateBody {
  readonly ids?: string[];
  readonly id?: string;
  readonly name?: string;
  readonly username?: string;
  readonly realm_name?: string;
  readonly owner?: boolean;
}

const invalidateApiKeys: Endpoint = {
  method: 'DELETE',
  path: '/_security/api_key',
  action: 'cluster:admin/xpack/security/api_key/invalidate',
  authorization: 'cluster_privilege',
  body: 'required',
  handle({ model, subject, body }) {
    const request = (body ?? {}) as InvalidateBody;
    const ids = request.ids ?? (request.id ? [request.id] : undefined);
    if (!ids && !request.name && !request.username && !request.realm_name && !request.owner) {
      throw new ElasticsearchError(
        400,
        'action_request_validation_exception',
        'Validation Failed: 1: One of [api key id(s), api key name, username, realm name] must be specified if [owner] flag is false;',
      );
    }
    const filter: KeyFilter = {
      ids,
      name: request.name,
      username: request.username,
      realmName: request.realm_name,
      owner: request.owner,
    };
    // Cross-cluster keys belong to whoever may create them: `manage_api_key` alone cannot touch them.
    const managesCrossClusterKeys = authorizeClusterAction(
      subject,
      'cluster:admin/xpack/security/cross_cluster/api_key/create',
    ).allowed;
    const response: estypes.SecurityInvalidateApiKeyResponse = {
      invalidated_api_keys: [],
      previously_invalidated_api_keys: [],
      error_count: 0,
    };
    const errors: estypes.ErrorCause[] = [];
    for (const key of model.apiKeys.list().filter((candidate) => matches(candidate, filter, subject, Date.now()))) {
      if (key.type === 'cross_cluster' && !managesCrossClusterKeys) {
        errors.push({ type: 'exception', reason: `Cannot invalidate cross-cluster API key [${key.id}]` });
      } else if (key.invalidated) {
        response.previously_invalidated_api_keys.push(key.id);
      } else {
        model.apiKeys.replace({ ...key, invalidated: true, invalidation: Date.now() });
        response.invalidated_api_keys.push(key.id);
      }
    }
    const result = errors.length > 0 ? { ...response, error_count: errors.length, error_details: errors } : response;
    return {
      body: result,
      write: { changed: response.invalidated_api_keys.length > 0, detail: response.invalidated_api_keys },
    };
  },
};

export const API_KEY_ENDPOINTS: readonly Endpoint[] = [
  createApiKey,
  { ...createApiKey, method: 'PUT' },
  getApiKeys,
  invalidateApiKeys,
];
