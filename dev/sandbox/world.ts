import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { seedEckCluster } from './eck/seed_eck_cluster';
import { createElasticsearchServer, SEED_PASSWORDS, type SandboxElasticsearch } from './elasticsearch';
import { kubeconfigFor } from './kubernetes/kubeconfig';
import { startKubernetesApiServer, type KubernetesApiServer } from './kubernetes/kubernetes_api_server';
import { pluginClusterRoleRules } from './kubernetes/plugin_rbac';
import { CLUSTER_ADMIN_RULES } from './kubernetes/rbac';
import { SCENARIO_ECK_CLUSTERS, SCENARIO_LOCAL_CLUSTER } from './scenario';

/** The token the plugin uses: bound to exactly the ClusterRole the plugin ships. */
export const PLUGIN_TOKEN = 'sandbox-plugin-token';
/** A cluster-admin token for tests and for playing the admin in kubectl's place. */
export const ADMIN_TOKEN = 'sandbox-admin-token';

export interface SandboxWorld {
  kubernetes: KubernetesApiServer;
  localElasticsearch: SandboxElasticsearch;
  localElasticsearchUrl: string;
  /** A kubeconfig file for the plugin's token. */
  kubeconfigPath: string;
  /** Lines to print: where things are and how to log in. */
  banner: string[];
  stop(): Promise<void>;
}

export async function startSandboxWorld(): Promise<SandboxWorld> {
  const kubernetes = await startKubernetesApiServer({
    tokens: {
      [PLUGIN_TOKEN]: { user: 'system:serviceaccount:kibana:kibana', rules: pluginClusterRoleRules() },
      [ADMIN_TOKEN]: { user: 'kubernetes-admin', rules: CLUSTER_ADMIN_RULES },
    },
  });
  for (const seed of SCENARIO_ECK_CLUSTERS) seedEckCluster(kubernetes.store, seed);

  const { persistentSettings, ...localOptions } = SCENARIO_LOCAL_CLUSTER;
  const localElasticsearch = await createElasticsearchServer(localOptions);
  const elastic = new Client({
    node: localElasticsearch.url,
    auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
  });
  await elastic.cluster.putSettings({ persistent: persistentSettings });
  await elastic.close();
  localElasticsearch.requestLog.clear();

  const directory = mkdtempSync(path.join(tmpdir(), 'eck-remote-clusters-sandbox-'));
  const kubeconfigPath = path.join(directory, 'kubeconfig');
  writeFileSync(kubeconfigPath, kubeconfigFor(kubernetes, PLUGIN_TOKEN), { mode: 0o600 });

  return {
    kubernetes,
    localElasticsearch,
    localElasticsearchUrl: localElasticsearch.url,
    kubeconfigPath,
    banner: [
      `Kubernetes API (simulated): ${kubernetes.url}, ${SCENARIO_ECK_CLUSTERS.length} ECK clusters; kubeconfig ${kubeconfigPath}`,
      `Local Elasticsearch (simulated): ${localElasticsearch.url}`,
      'Log in as:',
      `  admin     / ${SEED_PASSWORDS.admin}   (cluster privilege manage: can connect remotes)`,
      `  ccs_user  / ${SEED_PASSWORDS.ccs_user}   (cross-cluster search user)`,
      `  nobody    / ${SEED_PASSWORDS.nobody}   (no privileges)`,
    ],
    async stop() {
      // A test may already have taken a part down to simulate an outage.
      await Promise.allSettled([kubernetes.close(), localElasticsearch.close()]);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
