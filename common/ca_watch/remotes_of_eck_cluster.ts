import { eckServiceNames } from '../eck/eck_names';
import type { EckClusterSummary } from '../types/eck_cluster';
import type { RemoteClusterSummary } from '../types/local_cluster';

const hostOf = (address: string) =>
  address
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();

/** The names a remote may dial or present as `server_name` for this cluster: its Services' DNS names. */
function serviceDnsNames(cluster: Pick<EckClusterSummary, 'namespace' | 'name' | 'services'>): Set<string> {
  const names = eckServiceNames(cluster.name);
  const services = [names.remoteCluster, names.transport, ...cluster.services.map((s) => s.name)];
  return new Set(
    services.flatMap((service) => [
      `${service}.${cluster.namespace}.svc`,
      `${service}.${cluster.namespace}.svc.cluster.local`,
    ]),
  );
}

/**
 * The local remote aliases that point at an ECK cluster: by `server_name` (what ECK's certificate
 * is issued for), or by a proxy address or seed on one of its load balancer addresses or Service names.
 */
export function remotesOfEckCluster(
  cluster: Pick<EckClusterSummary, 'namespace' | 'name' | 'services'>,
  remotes: RemoteClusterSummary[],
): string[] {
  const dnsNames = serviceDnsNames(cluster);
  const addresses = new Set(cluster.services.flatMap((s) => s.externalAddresses.map((a) => a.toLowerCase())));
  const pointsHere = (address: string) => dnsNames.has(hostOf(address)) || addresses.has(hostOf(address));
  return remotes
    .filter(
      (remote) =>
        (remote.serverName !== null && dnsNames.has(remote.serverName.toLowerCase())) ||
        [remote.proxyAddress, ...remote.seeds].some((address) => address !== null && pointsHere(address)),
    )
    .map((remote) => remote.alias)
    .sort();
}
