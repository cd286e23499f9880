import type { EckClusterSummary } from '../../common/types/eck_cluster';
import { ECK_LABELS } from '../../common/eck/eck_names';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import type { NamespaceScope } from '../gateways/kubernetes/namespace_scope';
import { summarizeEckClusters } from './summarize_eck_clusters';

/**
 * Two list calls per scope, whatever the number of clusters: the Elasticsearch resources, and every
 * Service labelled with an ECK cluster name (ECK's own and the ones the plugin creates).
 */
export async function discoverEckClusters(
  kubernetes: KubernetesGateway,
  scope: NamespaceScope,
): Promise<EckClusterSummary[]> {
  const [resources, services] = await Promise.all([
    kubernetes.listElasticsearches(scope),
    kubernetes.listServices(scope, ECK_LABELS.clusterName),
  ]);
  return summarizeEckClusters(resources, services);
}
