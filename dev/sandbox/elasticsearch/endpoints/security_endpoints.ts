import type { estypes } from '@elastic/elasticsearch';
import { ElasticsearchError, illegalArgument } from '../http/elasticsearch_error';
import { checkPrivileges, type HasPrivilegesCheck } from '../security/has_privileges';
import { realmOf } from '../security/users_and_roles';
import type { Endpoint } from './endpoint';

const API_KEY_REALM = { name: '_es_api_key', type: '_es_api_key' };

const authenticate: Endpoint = {
  method: 'GET',
  path: '/_security/_authenticate',
  action: 'cluster:admin/xpack/security/user/authenticate',
  authorization: 'authenticated_user',
  body: 'none',
  handle({ subject }) {
    const { user, apiKey } = subject;
    // An API key authenticates in its own realm, on behalf of its owner, with no roles of its own to show.
    const realm = apiKey ? API_KEY_REALM : realmOf(user);
    const body: estypes.SecurityAuthenticateResponse = {
      username: user.username,
      roles: apiKey ? [] : [...user.roles],
      full_name: user.full_name ?? null,
      email: user.email ?? null,
      metadata: user.metadata ?? {},
      enabled: user.enabled ?? true,
      authentication_realm: realm,
      lookup_realm: realm,
      authentication_type: apiKey ? 'api_key' : 'realm',
      ...(apiKey ? { api_key: { id: apiKey.id, name: apiKey.name, managed_by: 'elasticsearch' as const } } : {}),
    };
    return { body };
  },
};

function toCheck(body: unknown): HasPrivilegesCheck {
  const source = (body ?? {}) as HasPrivilegesCheck;
  return { cluster: source.cluster ?? [], index: source.index ?? [], application: source.application ?? [] };
}

const hasPrivileges: Endpoint = {
  method: 'GET',
  path: '/_security/user/_has_privileges',
  action: 'cluster:admin/xpack/security/user/has_privileges',
  authorization: 'authenticated_user',
  body: 'required',
  handle({ subject, body }) {
    const check = toCheck(body);
    if (check.cluster!.length === 0 && check.index!.length === 0 && check.application!.length === 0) {
      throw new ElasticsearchError(
        400,
        'action_request_validation_exception',
        'Validation Failed: 1: must specify at least one privilege;',
      );
    }
    const outcome = checkPrivileges(subject, check);
    if (!outcome.ok) throw illegalArgument(outcome.reason);
    return { body: outcome.response };
  },
};

export const SECURITY_ENDPOINTS: readonly Endpoint[] = [
  authenticate,
  hasPrivileges,
  { ...hasPrivileges, method: 'POST' },
];
