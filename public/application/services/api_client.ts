import type { HttpFetchOptions, HttpStart } from '@kbn/core/public';
import type {
  ApiKeyConnectionRequest,
  ApiKeyPlanResponse,
  ApplyApiKeyStepRequest,
  ApplyApiKeyStepResponse,
} from '../../../common/api/api_key_connection';
import { API_ROUTES } from '../../../common/api/api_routes';
import type { ListEckClustersQuery, ListEckClustersResponse } from '../../../common/api/eck_clusters';
import type { LocalClusterResponse } from '../../../common/api/local_cluster';
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
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
