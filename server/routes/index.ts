import { applyApiKeyStepRoute } from './apply_api_key_step_route';
import { applyCertificateStepRoute } from './apply_certificate_step_route';
import { ccsCheckRoute } from './ccs_check_route';
import { connectionEventsRoute } from './connection_events_route';
import { getLocalClusterRoute } from './get_local_cluster_route';
import { getRemoteStatusRoute } from './get_remote_status_route';
import { listEckClustersRoute } from './list_eck_clusters_route';
import { planApiKeyConnectionRoute } from './plan_api_key_connection_route';
import { planCertificateConnectionRoute } from './plan_certificate_connection_route';
import { reconnectRemoteRoute } from './reconnect_remote_route';
import type { AnyRouteDefinition } from './route_definition';
import { getCaWatchRoute } from './get_ca_watch_route';
import { listManagedKeysRoute } from './list_managed_keys_route';
import { planKeyRotationRoute } from './plan_key_rotation_route';
import { applyKeyRotationStepRoute } from './apply_key_rotation_step_route';
import { invalidateOrphanKeyRoute } from './invalidate_orphan_key_route';
import { diagnoseRemoteRoute } from './diagnose_remote_route';

/** Every HTTP route of the plugin, registered alike into Kibana and into the standalone host. */
export const ROUTES: readonly AnyRouteDefinition[] = [
  listEckClustersRoute,
  getLocalClusterRoute,
  planApiKeyConnectionRoute,
  applyApiKeyStepRoute,
  planCertificateConnectionRoute,
  applyCertificateStepRoute,
  connectionEventsRoute,
  getRemoteStatusRoute,
  reconnectRemoteRoute,
  ccsCheckRoute,
  getCaWatchRoute,
  listManagedKeysRoute,
  planKeyRotationRoute,
  applyKeyRotationStepRoute,
  invalidateOrphanKeyRoute,
  diagnoseRemoteRoute,
];
