import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { ECK_API, ECK_LABELS } from '../../common/eck/eck_names';
import { seedEckCluster } from '../../dev/sandbox/eck/seed_eck_cluster';
import { loadSandboxKubeConfig } from '../../dev/sandbox/kubernetes/kubeconfig';
import { startKubernetesApiServer } from '../../dev/sandbox/kubernetes/kubernetes_api_server';
import { CLUSTER_ADMIN_RULES } from '../../dev/sandbox/kubernetes/rbac';
import { discoverEckClusters } from '../../server/discovery/discover_eck_clusters';
import { createKubernetesGateway } from '../../server/gateways/kubernetes/kubernetes_gateway';
import { ALL_NAMESPACES } from '../../server/gateways/kubernetes/namespace_scope';
import { medianMs, ratio } from './measure';

/**
 * Discovery at scale against the sandbox Kubernetes API: the plugin's discovery against a baseline
 * measured in the same run, the same two raw list calls without the plugin's gateway and join.
 */
export async function discoveryBench(counts = [10, 100, 1000]): Promise<string[]> {
  const lines: string[] = [];
  for (const count of counts) {
    const server = await startKubernetesApiServer({ tokens: { t: { user: 'bench', rules: CLUSTER_ADMIN_RULES } } });
    for (let i = 0; i < count; i++) {
      seedEckCluster(server.store, {
        namespace: `ns-${i % 100}`,
        name: `es-${i}`,
        version: '9.1.5',
        operatorVersion: '3.3.1',
        remoteClusterServerEnabled: i % 3 === 0,
      });
    }
    const kubeConfig = await loadSandboxKubeConfig(server, 't');
    const gateway = createKubernetesGateway(kubeConfig, { requestTimeoutMs: 30_000 });
    const rawCustomObjects = kubeConfig.makeApiClient(CustomObjectsApi);
    const rawCore = kubeConfig.makeApiClient(CoreV1Api);
    const rawLists = () =>
      Promise.all([
        rawCustomObjects.listClusterCustomObject({ ...ECK_API }),
        rawCore.listServiceForAllNamespaces({ labelSelector: ECK_LABELS.clusterName }),
      ]);

    const before = server.requests.length;
    await discoverEckClusters(gateway, ALL_NAMESPACES);
    const requestsPerDiscovery = server.requests.length - before;

    const plugin = await medianMs(5, () => discoverEckClusters(gateway, ALL_NAMESPACES));
    const baseline = await medianMs(5, rawLists);
    lines.push(
      `discovery of ${String(count).padStart(4)} clusters: ${plugin.toFixed(1)} ms, ${requestsPerDiscovery} Kubernetes requests; ` +
        `baseline (the same lists, raw) ${baseline.toFixed(1)} ms; ratio ${ratio(plugin, baseline)}`,
    );
    await server.close();
  }
  return lines;
}
