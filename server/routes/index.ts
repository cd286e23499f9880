import { applyApiKeyStepRoute } from './apply_api_key_step_route';
import { connectionEventsRoute } from './connection_events_route';
import { getLocalClusterRoute } from './get_local_cluster_route';
import { listEckClustersRoute } from './list_eck_clusters_route';
import { planApiKeyConnectionRoute } from './plan_api_key_connection_route';
import type { AnyRouteDefinition } from './route_definition';

/** Every HTTP route of the plugin, registered alike into Kibana and into the standalone host. */
export const ROUTES: readonly AnyRouteDefinition[] = [
  listEckClustersRoute,
  getLocalClusterRoute,
  planApiKeyConnectionRoute,
  applyApiKeyStepRoute,
  connectionEventsRoute,
];
