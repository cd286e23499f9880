import type { CaWatchResponse } from '../../common/ca_watch/ca_watch_types';
import { compareTransportCa } from '../../common/ca_watch/compare_transport_ca';
import { remotesOfEckCluster } from '../../common/ca_watch/remotes_of_eck_cluster';
import type { EckClusterSummary } from '../../common/types/eck_cluster';
import { summarizePemBundle } from '../certificates/summarize_pem_bundle';
import { observe } from '../connection/observed';
import { discoverEckClusters } from '../discovery/discover_eck_clusters';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import type { LocalElasticsearchGateway } from '../gateways/elasticsearch/local_elasticsearch_gateway';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';

export interface CaWatchSources {
  kubernetes: () => KubernetesGateway;
  /** As the current user (route) or Kibana's internal user (background task). */
  local: LocalElasticsearchGateway;
  namespaces: string[];
  warningDays: number;
  now?: Date;
}

async function readTransportCa(kubernetes: KubernetesGateway, cluster: EckClusterSummary) {
  const secret = await kubernetes.getSecret(cluster.namespace, `${cluster.name}-es-transport-certs-public`);
  const data = secret?.data?.['ca.crt'];
  if (!data) return null;
  const pem = Buffer.from(data, 'base64').toString('utf8');
  return { pem, certificates: summarizePemBundle(pem) };
}

/**
 * The CA-rotation watch, computed now from live state: the ECK clusters the local cluster has as
 * remotes (matched by server name or address), each one's current transport CA, and what the local
 * nodes trust. Nothing is stored; every Kibana instance computes the same answer.
 */
export async function checkTransportCas(sources: CaWatchSources): Promise<CaWatchResponse> {
  const now = sources.now ?? new Date();
  const base = { checkedAt: now.toISOString(), warningDays: sources.warningDays };
  const [clusters, info, trusted, nodes] = await Promise.all([
    observe(async () => discoverEckClusters(sources.kubernetes(), namespaceScopeForRequest(sources.namespaces))),
    observe(() => sources.local.getLocalClusterInfo()),
    observe(() => sources.local.trustedCertificates()),
    observe(() => sources.local.listNodeNames()),
  ]);
  const errors = [
    ...(clusters.ok ? [] : [`The ECK clusters could not be listed: ${clusters.error}`]),
    ...(info.ok ? [] : [`The local remote clusters could not be read: ${info.error}`]),
  ];
  if (!clusters.ok || !info.ok) return { ...base, findings: [], errors };

  const connected = clusters.value
    .map((cluster) => ({ cluster, aliases: remotesOfEckCluster(cluster, info.value.remotes) }))
    .filter(({ aliases }) => aliases.length > 0);
  const findings = await Promise.all(
    connected.map(async ({ cluster, aliases }) =>
      compareTransportCa({
        namespace: cluster.namespace,
        name: cluster.name,
        aliases,
        transportCa: await observe(() => readTransportCa(sources.kubernetes(), cluster)),
        trusted,
        nodes: nodes.ok ? nodes.value : [],
        now,
        warningDays: sources.warningDays,
      }),
    ),
  );
  return { ...base, findings, errors };
}
