import type { ApiKeyObservation } from '../../common/plan/api_key/api_key_plan';
import { localRoleName } from '../../common/plan/api_key/create_local_role_step';
import type { ObservedLocalRemote } from '../../common/plan/observation';
import type { ConnectionTarget } from '../../common/plan/plan_types';
import type { RemoteClusterSummary } from '../../common/types/local_cluster';
import { withRemoteElasticsearch } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { RouteServices } from '../routes/route_definition';
import { observeEckCluster } from './observe_eck_cluster';
import { API_KEY_FLOW_PERMISSIONS, describePermission } from './required_permissions';
import { observe } from './observed';

export function toObservedLocalRemote(remote: RemoteClusterSummary): ObservedLocalRemote {
  return {
    source: remote.settingsSource,
    mode: remote.mode,
    proxyAddress: remote.proxyAddress,
    serverName: remote.serverName,
    skipUnavailable: remote.skipUnavailable,
    proxySocketConnections: remote.mode === 'proxy' ? remote.maxConnections : null,
    connected: remote.connected,
    hasCredentials: remote.securityModel === 'api_key',
  };
}

/** How long the verification's `_resolve/cluster` may take: a hung remote must not hang the plan. */
const RESOLVE_TIMEOUT = '5s';

/**
 * Reads everything the API key plan depends on, in parallel, from Kubernetes, the local cluster
 * (as the current user) and the ECK cluster (through one port-forward).
 */
export async function observeApiKeyConnection(
  services: RouteServices,
  target: ConnectionTarget,
): Promise<ApiKeyObservation> {
  const kubernetes = services.kubernetes();
  const local = services.localElasticsearch();
  const eck = await observeEckCluster(kubernetes, target.namespace, target.name);

  const remoteReads = observe(() =>
    withRemoteElasticsearch(
      kubernetes,
      { namespace: target.namespace, name: target.name, version: eck.runningVersion ?? eck.specVersion },
      { requestTimeoutMs: services.config.elasticsearch.requestTimeoutMs },
      async (remote) => ({ cluster: await remote.observe(), keys: await remote.listCrossClusterKeys() }),
    ),
  );
  const permissions = observe(() => kubernetes.reviewAccess(target.namespace, API_KEY_FLOW_PERMISSIONS));
  const [info, privileges, nodes, trusted, roleExists, remote, access] = await Promise.all([
    observe(() => local.getLocalClusterInfo()),
    observe(() => local.hasClusterPrivileges(['manage', 'manage_security'])),
    observe(() => local.listNodeNames()),
    observe(() => local.trustedCertificates()),
    observe(() => local.roleExists(localRoleName(target.alias))),
    remoteReads,
    permissions,
  ]);
  const summary = info.ok ? info.value.remotes.find((r) => r.alias === target.alias) : undefined;
  const localRemote = summary ? toObservedLocalRemote(summary) : null;
  const resolution =
    localRemote && info.ok
      ? await observe(() => local.resolveRemote(target.alias, RESOLVE_TIMEOUT, info.value.version))
      : null;

  return {
    local: info.ok
      ? {
          ok: true,
          value: {
            version: info.value.version,
            clusterUuid: info.value.uuid,
            licenseType: info.value.license.type,
            canManage: privileges.ok && privileges.value.manage === true,
            canManageSecurity: privileges.ok && privileges.value.manage_security === true,
          },
        }
      : info,
    localNodes: nodes.ok ? nodes.value : [],
    localRemote,
    trustedCertificates: trusted,
    localRoleExists: roleExists.ok ? roleExists.value : null,
    resolution,
    eck,
    remote: remote.ok ? { ok: true, value: remote.value.cluster } : remote,
    remoteKeys: remote.ok ? { ok: true, value: remote.value.keys } : remote,
    // Every authenticated identity may ask; a failure to answer shows in the other calls' errors.
    missingKubernetesPermissions: access.ok
      ? API_KEY_FLOW_PERMISSIONS.filter((_, i) => !access.value[i]).map(describePermission)
      : [],
  };
}
