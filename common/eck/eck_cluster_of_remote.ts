import type { EckClusterSummary } from '../types/eck_cluster';
import type { RemoteClusterSummary } from '../types/local_cluster';
import { eckServiceNames } from './eck_names';

export type EckClusterRef = Pick<EckClusterSummary, 'namespace' | 'name' | 'services'>;
type Remote = Pick<RemoteClusterSummary, 'proxyAddress' | 'serverName' | 'seeds'>;

/**
 * How a remote was found to point at an ECK cluster, strongest first: the address it dials is a
 * load balancer address or a Service DNS name of the cluster, or a node port of one of its Services,
 * or only its `server_name` names the cluster (the address then belongs to something in between).
 */
export type EckMatchEvidence = 'load_balancer' | 'service_dns' | 'node_port' | 'server_name';

export interface EckClusterMatch {
  namespace: string;
  name: string;
  via: EckMatchEvidence;
  /** The Service the address or server name belongs to. */
  service: string;
  /** The proxy address, seed or server name that matched. */
  matched: string;
}

const EVIDENCE_ORDER: EckMatchEvidence[] = ['load_balancer', 'service_dns', 'node_port', 'server_name'];

function splitAddress(address: string): { host: string; port: number | null } {
  const withPort = /^(.*):(\d+)$/.exec(address.trim());
  const host = (withPort ? withPort[1] : address.trim()).replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return { host, port: withPort ? Number(withPort[2]) : null };
}

/** Every Service a remote may dial for this cluster: ECK's own two (even before they exist) and the cluster's others. */
function serviceNamesOf(cluster: EckClusterRef): string[] {
  const names = eckServiceNames(cluster.name);
  return [...new Set([names.remoteCluster, names.transport, ...cluster.services.map((s) => s.name)])];
}

/** The Service whose in-cluster DNS name (`<service>.<ns>.svc[.cluster.local]`) is `host`. */
function serviceOfDnsName(cluster: EckClusterRef, host: string): string | undefined {
  return serviceNamesOf(cluster).find((service) =>
    [`${service}.${cluster.namespace}.svc`, `${service}.${cluster.namespace}.svc.cluster.local`].includes(host),
  );
}

function matchAddress(cluster: EckClusterRef, address: string): Omit<EckClusterMatch, 'namespace' | 'name'> | null {
  const { host, port } = splitAddress(address);
  const balancer = cluster.services.find((s) => s.externalAddresses.some((a) => a.toLowerCase() === host));
  if (balancer) return { via: 'load_balancer', service: balancer.name, matched: address };
  const dnsService = serviceOfDnsName(cluster, host);
  if (dnsService) return { via: 'service_dns', service: dnsService, matched: address };
  // Node ports are unique in a Kubernetes cluster; node addresses are not read, so the port alone decides.
  const nodePortService = cluster.services.find((s) =>
    s.ports.some((p) => p.nodePort !== undefined && p.nodePort === port),
  );
  if (nodePortService) return { via: 'node_port', service: nodePortService.name, matched: address };
  return null;
}

/** The strongest evidence that `remote` points at `cluster`, or `null`. */
export function matchRemoteToEckCluster(remote: Remote, cluster: EckClusterRef): EckClusterMatch | null {
  const addresses = [remote.proxyAddress, ...remote.seeds].filter((a): a is string => !!a);
  const candidates = addresses.map((address) => matchAddress(cluster, address)).filter((m) => m !== null);
  const serverNameService = remote.serverName ? serviceOfDnsName(cluster, remote.serverName.toLowerCase()) : undefined;
  if (remote.serverName && serverNameService) {
    candidates.push({ via: 'server_name', service: serverNameService, matched: remote.serverName });
  }
  const best = candidates.sort((a, b) => EVIDENCE_ORDER.indexOf(a.via) - EVIDENCE_ORDER.indexOf(b.via))[0];
  return best ? { namespace: cluster.namespace, name: cluster.name, ...best } : null;
}

/** The ECK cluster a remote points at: the one with the strongest evidence (then the first listed). */
export function eckClusterOfRemote(remote: Remote, clusters: EckClusterRef[]): EckClusterMatch | null {
  const matches = clusters.map((cluster) => matchRemoteToEckCluster(remote, cluster)).filter((m) => m !== null);
  return matches.sort((a, b) => EVIDENCE_ORDER.indexOf(a.via) - EVIDENCE_ORDER.indexOf(b.via))[0] ?? null;
}
