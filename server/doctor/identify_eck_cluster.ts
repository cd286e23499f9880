import type { EckIdentification } from '../../common/doctor/hop_types';
import { eckClusterOfRemote } from '../../common/eck/eck_cluster_of_remote';
import type { RemoteClusterSummary } from '../../common/types/local_cluster';
import { discoverEckClusters } from '../discovery/discover_eck_clusters';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import type { NamespaceScope } from '../gateways/kubernetes/namespace_scope';

export interface EckClusterRef {
  namespace: string;
  name: string;
  identifiedBy: EckIdentification;
}

/** `<name>-es-remote-cluster.<namespace>.svc` or `<name>-es-transport.<namespace>.svc`, the names ECK certificates carry. */
const ECK_SERVER_NAME = /^([a-z0-9.-]+?)-es-(?:remote-cluster|transport)\.([a-z0-9-]+)\.svc(?:\.cluster\.local)?$/;

export function eckClusterFromServerName(serverName: string | null): EckClusterRef | null {
  const match = serverName ? ECK_SERVER_NAME.exec(serverName) : null;
  return match ? { namespace: match[2], name: match[1], identifiedBy: 'server_name' } : null;
}

/**
 * Which ECK cluster is behind an alias: the one the request names; else the one the overview
 * matches it to (its load balancer address, Service name or node port, else its server name) among
 * the clusters discovered in the allowed namespaces; without Kubernetes, the one its server name names.
 */
export async function identifyEckCluster(
  requested: { namespace: string; name: string } | null,
  remote: RemoteClusterSummary | null,
  lookup: { kubernetes: KubernetesGateway | null; scope: NamespaceScope },
): Promise<EckClusterRef | null> {
  if (requested) return { ...requested, identifiedBy: 'request' };
  if (!remote) return null;
  if (!lookup.kubernetes) return eckClusterFromServerName(remote.serverName);
  const byName = eckClusterFromServerName(remote.serverName);
  // When discovery fails the server name still says which cluster to report Kubernetes against.
  const clusters = await discoverEckClusters(lookup.kubernetes, lookup.scope).catch((error: unknown) => {
    if (byName) return null;
    throw error;
  });
  if (!clusters) return byName;
  const match = eckClusterOfRemote(remote, clusters);
  if (!match) return null;
  return {
    namespace: match.namespace,
    name: match.name,
    identifiedBy: match.via === 'server_name' ? 'server_name' : 'address',
  };
}
