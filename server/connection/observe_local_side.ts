import type { LocalSideObservation } from '../../common/plan/local_side_observation';
import type { ObservedLocalRemote } from '../../common/plan/observation';
import type { RemoteClusterSummary } from '../../common/types/local_cluster';
import type { RouteServices } from '../routes/route_definition';
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

/** The local cluster's side of one connection, read in parallel; the alias is resolved for real once configured. */
export async function observeLocalSide(
  services: RouteServices,
  alias: string,
  roleName: string,
): Promise<LocalSideObservation> {
  const local = services.localElasticsearch();
  const [info, privileges, nodes, trusted, roleExists] = await Promise.all([
    observe(() => local.getLocalClusterInfo()),
    observe(() => local.hasClusterPrivileges(['manage', 'manage_security'])),
    observe(() => local.listNodeNames()),
    observe(() => local.trustedCertificates()),
    observe(() => local.roleExists(roleName)),
  ]);
  const summary = info.ok ? info.value.remotes.find((r) => r.alias === alias) : undefined;
  const localRemote = summary ? toObservedLocalRemote(summary) : null;
  const resolution =
    localRemote && info.ok
      ? await observe(() => local.resolveRemote(alias, RESOLVE_TIMEOUT, info.value.version))
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
  };
}
