import { INTERNAL_API_BASE_PATH } from '../constants';

/** The internal HTTP API, one entry per route: the server registers these paths, the browser client calls them. */
export const API_ROUTES = {
  listEckClusters: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/eck_clusters` },
  localCluster: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/local_cluster` },
  planApiKeyConnection: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/connections/api_key/plan` },
  applyApiKeyStep: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/connections/api_key/apply` },
  planCertificateConnection: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/connections/certificate/plan` },
  applyCertificateStep: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/connections/certificate/apply` },
  connectionEvents: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/connections/events` },
  diagnoseRemote: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/doctor` },
  remoteStatus: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/remote_status` },
  reconnectRemote: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/remote_status/reconnect` },
  ccsCheck: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/ccs_check` },
  caWatch: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/ca_watch` },
  listManagedKeys: { method: 'get', path: `${INTERNAL_API_BASE_PATH}/api_keys` },
  planKeyRotation: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/api_keys/rotation/plan` },
  applyKeyRotationStep: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/api_keys/rotation/apply` },
  invalidateOrphanKey: { method: 'post', path: `${INTERNAL_API_BASE_PATH}/api_keys/invalidate_orphan` },
} as const;
