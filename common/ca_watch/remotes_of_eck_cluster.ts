import { matchRemoteToEckCluster, type EckClusterRef } from '../eck/eck_cluster_of_remote';
import type { RemoteClusterSummary } from '../types/local_cluster';

/**
 * The local remote aliases that point at an ECK cluster: by `server_name` (what ECK's certificate
 * is issued for), or by a proxy address or seed on one of its load balancer addresses, Service names
 * or node ports.
 */
export function remotesOfEckCluster(cluster: EckClusterRef, remotes: RemoteClusterSummary[]): string[] {
  return remotes
    .filter((remote) => matchRemoteToEckCluster(remote, cluster) !== null)
    .map((remote) => remote.alias)
    .sort();
}
