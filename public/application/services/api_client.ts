import type { HttpFetchOptions, HttpStart } from '@kbn/core/public';
import type {
  ApiKeyConnectionRequest,
  ApiKeyPlanResponse,
  ApplyApiKeyStepRequest,
  ApplyApiKeyStepResponse,
} from '../../../common/api/api_key_connection';
import { API_ROUTES } from '../../../common/api/api_routes';
import type {
  ApplyCertificateStepRequest,
  ApplyCertificateStepResponse,
  CertificateConnectionRequest,
  CertificatePlanResponse,
} from '../../../common/api/certificate_connection';
import type { ListEckClustersQuery, ListEckClustersResponse } from '../../../common/api/eck_clusters';
import type { LocalClusterResponse } from '../../../common/api/local_cluster';
import type { CcsCheckRequest, CcsCheckResponse } from '../../../common/api/ccs_check';
import type {
  ReconnectRemoteRequest,
  ReconnectRemoteResponse,
  RemoteStatusQuery,
  RemoteStatusResponse,
} from '../../../common/api/remote_status';
import type { CaWatchResponse } from '../../../common/ca_watch/ca_watch_types';
import type {
  ApplyKeyRotationStepRequest,
  ApplyKeyRotationStepResponse,
  InvalidateOrphanKeyRequest,
  InvalidateOrphanKeyResponse,
  KeyRotationPlanResponse,
  KeyRotationRequest,
} from '../../../common/api/key_lifecycle';
import type { ListManagedKeysResponse } from '../../../common/key_lifecycle/key_lifecycle_types';
import type { DiagnoseRemoteQuery, DiagnoseRemoteResponse } from '../../../common/api/doctor';
import { INTERNAL_API_VERSION } from '../../../common/constants';

export interface RequestOptions {
  /** Aborts the request, e.g. when a newer one supersedes it. */
  signal?: AbortSignal;
}

type ApiRoute = (typeof API_ROUTES)[keyof typeof API_ROUTES];

/**
 * The typed client of the plugin's internal API. Rejections are `core.http`'s fetch errors,
 * whose `body` is Kibana's error body: `toApiError` turns them into something to show.
 */
export function createApiClient(http: Pick<HttpStart, ApiRoute['method']>) {
  // Internal routes are versioned: Kibana rejects a call that does not name the version.
  const send = <TResponse>(route: ApiRoute, options: Omit<HttpFetchOptions, 'version'>) =>
    http[route.method]<TResponse>(route.path, { ...options, version: INTERNAL_API_VERSION });

  return {
    listEckClusters: (query: ListEckClustersQuery = {}, { signal }: RequestOptions = {}) =>
      send<ListEckClustersResponse>(API_ROUTES.listEckClusters, { query, signal }),

    getLocalCluster: ({ signal }: RequestOptions = {}) =>
      send<LocalClusterResponse>(API_ROUTES.localCluster, { signal }),

    planApiKeyConnection: (request: ApiKeyConnectionRequest, { signal }: RequestOptions = {}) =>
      send<ApiKeyPlanResponse>(API_ROUTES.planApiKeyConnection, { body: JSON.stringify(request), signal }),

    applyApiKeyStep: (request: ApplyApiKeyStepRequest, { signal }: RequestOptions = {}) =>
      send<ApplyApiKeyStepResponse>(API_ROUTES.applyApiKeyStep, { body: JSON.stringify(request), signal }),

    planCertificateConnection: (request: CertificateConnectionRequest, { signal }: RequestOptions = {}) =>
      send<CertificatePlanResponse>(API_ROUTES.planCertificateConnection, { body: JSON.stringify(request), signal }),

    applyCertificateStep: (request: ApplyCertificateStepRequest, { signal }: RequestOptions = {}) =>
      send<ApplyCertificateStepResponse>(API_ROUTES.applyCertificateStep, { body: JSON.stringify(request), signal }),

    getRemoteStatus: (query: RemoteStatusQuery = {}, { signal }: RequestOptions = {}) =>
      send<RemoteStatusResponse>(API_ROUTES.remoteStatus, { query, signal }),

    reconnectRemote: (request: ReconnectRemoteRequest, { signal }: RequestOptions = {}) =>
      send<ReconnectRemoteResponse>(API_ROUTES.reconnectRemote, { body: JSON.stringify(request), signal }),

    checkCcs: (request: CcsCheckRequest, { signal }: RequestOptions = {}) =>
      send<CcsCheckResponse>(API_ROUTES.ccsCheck, { body: JSON.stringify(request), signal }),

    getCaWatch: ({ signal }: RequestOptions = {}) => send<CaWatchResponse>(API_ROUTES.caWatch, { signal }),

    listManagedKeys: ({ signal }: RequestOptions = {}) =>
      send<ListManagedKeysResponse>(API_ROUTES.listManagedKeys, { signal }),

    planKeyRotation: (request: KeyRotationRequest, { signal }: RequestOptions = {}) =>
      send<KeyRotationPlanResponse>(API_ROUTES.planKeyRotation, { body: JSON.stringify(request), signal }),

    applyKeyRotationStep: (request: ApplyKeyRotationStepRequest, { signal }: RequestOptions = {}) =>
      send<ApplyKeyRotationStepResponse>(API_ROUTES.applyKeyRotationStep, { body: JSON.stringify(request), signal }),

    invalidateOrphanKey: (request: InvalidateOrphanKeyRequest, { signal }: RequestOptions = {}) =>
      send<InvalidateOrphanKeyResponse>(API_ROUTES.invalidateOrphanKey, { body: JSON.stringify(request), signal }),

    diagnoseRemote: (query: DiagnoseRemoteQuery, { signal }: RequestOptions = {}) =>
      send<DiagnoseRemoteResponse>(API_ROUTES.diagnoseRemote, { query, signal }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
