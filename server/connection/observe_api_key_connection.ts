import type { ApiKeyObservation } from '../../common/plan/api_key/api_key_plan';
import { localRoleName } from '../../common/plan/api_key/create_local_role_step';
import type { CrossClusterAccess } from '../../common/plan/api_key/cross_cluster_api_key';
import { testSearchExpression } from '../../common/plan/api_key/test_search';
import type { ConnectionTarget } from '../../common/plan/plan_types';
import { withRemoteElasticsearch } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { RouteServices } from '../routes/route_definition';
import { observeEckCluster, remoteTargetOf } from './observe_eck_cluster';
import { observeLocalSide } from './observe_local_side';
import { API_KEY_FLOW_PERMISSIONS, describePermission } from './required_permissions';
import { observe } from './observed';
import { observeTestSearch } from './observe_test_search';

export { toObservedLocalRemote } from './observe_local_side';

/**
 * Reads everything the API key plan depends on, in parallel, from Kubernetes, the local cluster
 * (as the current user) and the ECK cluster (through one port-forward). Once the alias connects, a
 * size-0 search on the first pattern granted for search shows the connection serves it.
 */
export async function observeApiKeyConnection(
  services: RouteServices,
  target: ConnectionTarget,
  granted: CrossClusterAccess,
): Promise<ApiKeyObservation> {
  const kubernetes = services.kubernetes();
  const eck = await observeEckCluster(kubernetes, target.namespace, target.name);

  const remoteReads = observe(() =>
    withRemoteElasticsearch(
      kubernetes,
      remoteTargetOf(eck),
      { requestTimeoutMs: services.config.elasticsearch.requestTimeoutMs },
      async (remote) => ({ cluster: await remote.observe(), keys: await remote.listCrossClusterKeys() }),
    ),
  );
  const permissions = observe(() => kubernetes.reviewAccess(target.namespace, API_KEY_FLOW_PERMISSIONS));
  const [localSide, remote, access] = await Promise.all([
    observeLocalSide(services, target.alias, localRoleName(target.alias)),
    remoteReads,
    permissions,
  ]);

  const expression = testSearchExpression(target.alias, granted);
  const connected = localSide.resolution?.ok === true && localSide.resolution.value.connected;
  const testSearch =
    expression && connected ? await observeTestSearch(services.localElasticsearch(), target.alias, expression) : null;

  return {
    ...localSide,
    testSearch,
    eck,
    remote: remote.ok ? { ok: true, value: remote.value.cluster } : remote,
    remoteKeys: remote.ok ? { ok: true, value: remote.value.keys } : remote,
    // Every authenticated identity may ask; a failure to answer shows in the other calls' errors.
    missingKubernetesPermissions: access.ok
      ? API_KEY_FLOW_PERMISSIONS.filter((_, i) => !access.value[i]).map(describePermission)
      : [],
  };
}
