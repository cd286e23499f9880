import type { estypes } from '@elastic/elasticsearch';
import { ElasticsearchError, illegalArgument } from '../http/elasticsearch_error';
import type { ClusterModel } from '../cluster/cluster_model';
import { allowsAdvancedRemoteClusterSecurity } from '../remote_clusters/api_key_handshake';
import { ADVANCED_REMOTE_CLUSTER_SECURITY } from '../remote_clusters/connection_failure';
import {
  createdApiKey,
  expiryFrom,
  ownerFields,
  validateApiKeyRequest,
  type ApiKeyRequestBody,
} from '../security/api_key_requests';
import type { AuthenticatedSubject } from '../security/authenticate_request';
import { accessProblem, crossClusterRoleDescriptor, normalizeAccess } from '../security/cross_cluster_access';
import type { Endpoint } from './endpoint';

interface CrossClusterKeyBody extends ApiKeyRequestBody {
  readonly access?: estypes.SecurityAccess;
}

/** `LicenseUtils.newComplianceException`: 403, naming the feature also in the body's metadata. */
function requireLicense(model: ClusterModel): void {
  if (allowsAdvancedRemoteClusterSecurity(model.license)) return;
  throw new ElasticsearchError(
    403,
    'security_exception',
    `current license is non-compliant for [${ADVANCED_REMOTE_CLUSTER_SECURITY}]`,
    { metadata: { 'license.expired.feature': ADVANCED_REMOTE_CLUSTER_SECURITY } },
  );
}

/** Only a user can manage cross-cluster keys: an API key, whatever its privileges, cannot. */
function refuseApiKeyCaller(subject: AuthenticatedSubject, verb: 'create' | 'update'): void {
  if (!subject.apiKey) return;
  const what = verb === 'create' ? 'create a cross-cluster API key' : 'update a cross-cluster API key';
  throw illegalArgument(`authentication via API key not supported: An API key cannot be used to ${what}`);
}

function accessOf(body: CrossClusterKeyBody, required: boolean): estypes.SecurityAccess | undefined {
  if (!required && body.access === undefined) return undefined;
  const problem = accessProblem(body.access);
  if (problem) throw new ElasticsearchError(400, 'x_content_parse_exception', problem);
  return normalizeAccess(body.access!);
}

const createCrossClusterApiKey: Endpoint = {
  method: 'POST',
  path: '/_security/cross_cluster/api_key',
  action: 'cluster:admin/xpack/security/cross_cluster/api_key/create',
  authorization: 'cluster_privilege',
  since: '8.10.0',
  params: ['refresh'],
  body: 'required',
  handle({ model, subject, body }) {
    refuseApiKeyCaller(subject, 'create');
    requireLicense(model);
    const request = (body ?? {}) as CrossClusterKeyBody;
    validateApiKeyRequest(request, { requireName: true });
    const access = accessOf(request, true)!;
    const now = Date.now();
    const key = model.apiKeys.create({
      ...ownerFields(subject),
      name: String(request.name),
      type: 'cross_cluster',
      expiration: expiryFrom(request.expiration, now),
      metadata: (request.metadata as Record<string, unknown> | undefined) ?? {},
      roleDescriptors: { cross_cluster: crossClusterRoleDescriptor(access) },
      access,
    });
    return { body: createdApiKey(key), write: { changed: true, detail: { id: key.id, name: key.name } } };
  },
};

const updateCrossClusterApiKey: Endpoint = {
  method: 'PUT',
  path: '/_security/cross_cluster/api_key/{id}',
  action: 'cluster:admin/xpack/security/cross_cluster/api_key/update',
  authorization: 'cluster_privilege',
  since: '8.10.0',
  body: 'optional',
  handle({ model, subject, body, pathParams }) {
    refuseApiKeyCaller(subject, 'update');
    requireLicense(model);
    const request = (body ?? {}) as CrossClusterKeyBody;
    validateApiKeyRequest(request, { requireName: false });
    const key = model.apiKeys.get(pathParams.id);
    // Only the owner may update a key; anybody else is told it does not exist.
    if (!key || key.username !== subject.username) {
      throw new ElasticsearchError(
        404,
        'resource_not_found_exception',
        `no API key owned by requesting user found for ID [${pathParams.id}]`,
      );
    }
    if (key.type !== 'cross_cluster') {
      throw illegalArgument(`cannot update API key of type [${key.type}] while expected type is [cross_cluster]`);
    }
    if (key.invalidated) throw illegalArgument(`cannot update invalidated API key [${key.id}]`);
    const access = accessOf(request, false);
    const updated = {
      ...key,
      ...(access ? { access, roleDescriptors: { cross_cluster: crossClusterRoleDescriptor(access) } } : {}),
      ...(request.metadata !== undefined ? { metadata: request.metadata as Record<string, unknown> } : {}),
      ...(request.expiration !== undefined ? { expiration: expiryFrom(request.expiration, Date.now()) } : {}),
    };
    const changed = JSON.stringify(updated) !== JSON.stringify(key);
    if (changed) model.apiKeys.replace(updated);
    const response: estypes.SecurityUpdateCrossClusterApiKeyResponse = { updated: changed };
    return { body: response, write: { changed, detail: { id: key.id } } };
  },
};

export const CROSS_CLUSTER_API_KEY_ENDPOINTS: readonly Endpoint[] = [
  createCrossClusterApiKey,
  updateCrossClusterApiKey,
];
