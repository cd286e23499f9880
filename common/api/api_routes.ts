import { INTERNAL_API_BASE_PATH } from '../constants';

/** The internal HTTP API, one entry per route: the server registers these paths, the browser client calls them. */
export const API_ROUTES = {
  listEckClusters: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/eck_clusters` },
  localCluster: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/local_cluster` },
  planApiKeyConnection: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/connections/api_key/plan` },
  applyApiKeyStep: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/connections/api_key/apply` },
  connectionEvents: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/connections/events` },
} as const;
