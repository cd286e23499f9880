import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { startEckOperator, type EckOperator } from './eck/eck_operator';
import { createEckCluster } from './eck/seed_eck_cluster';
import { SEED_PASSWORDS } from './elasticsearch';
import { createSelfManagedCluster, startNodeControlServer, writeSandboxState, type SelfManagedCluster } from './nodes';
import { kubeconfigFor } from './kubernetes/kubeconfig';
import { startKubernetesApiServer, type KubernetesApiServer } from './kubernetes/kubernetes_api_server';
import { pluginClusterRoleRules } from './kubernetes/plugin_rbac';
import { CLUSTER_ADMIN_RULES } from './kubernetes/rbac';
import { MutableEndpointDirectory } from './network/endpoint_directory';
import { createLoopbackAllocator } from './network/loopback_addresses';
import { SCENARIO_ECK_CLUSTERS, SCENARIO_LOCAL_CLUSTER, SCENARIO_OPERATORS, SCENARIO_REMOTE_INDICES } from './scenario';

/** The token the plugin uses: bound to exactly the ClusterRole the plugin ships. */
export const PLUGIN_TOKEN = 'sandbox-plugin-token';
/** A cluster-admin token for tests and for playing the admin in kubectl's place. */
export const ADMIN_TOKEN = 'sandbox-admin-token';

export interface SandboxWorld {
  kubernetes: KubernetesApiServer;
  /** The simulated ECK operators (one version per namespace) and the load balancers. */
  operator: EckOperator;
  /** Where the exposed ECK endpoints are, for the simulated network. */
  directory: MutableEndpointDirectory;
  /** The self-managed local cluster: simulated nodes with real elasticsearch.yml, keystore and CA files. */
  localElasticsearch: SelfManagedCluster;
  /** Where the admin's node actions (keystore, files, restarts) are carried out: `dev/sandbox/cli.ts`. */
  controlUrl: string;
  localElasticsearchUrl: string;
  /** A kubeconfig file for the plugin's token. */
  kubeconfigPath: string;
  /** Lines to print: where things are and how to log in. */
  banner: string[];
  stop(): Promise<void>;
}

export interface SandboxWorldOptions {
  /** ECK's rolling restart and the load balancer's delay; tests make them short. */
  timings?: { rollingRestartMs?: number; loadBalancerDelayMs?: number };
  /** How long a rewritten CA file takes to be picked up (Elasticsearch polls every 5 s). */
  sslFileReloadDelayMs?: number;
  /** Write the state file through which `dev/sandbox/cli.ts` finds this world (`npm start` does). */
  announce?: boolean;
}

export async function startSandboxWorld(options: SandboxWorldOptions = {}): Promise<SandboxWorld> {
  const directory = new MutableEndpointDirectory();
  // The operator needs the store, which exists once the API server runs: port-forwards bind late.
  const kubernetes = await startKubernetesApiServer({
    tokens: {
      [PLUGIN_TOKEN]: { user: 'system:serviceaccount:kibana:kibana', rules: pluginClusterRoleRules() },
      [ADMIN_TOKEN]: { user: 'kubernetes-admin', rules: CLUSTER_ADMIN_RULES },
    },
    portForward: (namespace, pod, port) => operator?.portForwardTarget(namespace, pod, port),
  });
  const licences = new Map(
    SCENARIO_ECK_CLUSTERS.map((c) => [`${c.namespace}/${c.name}`, c.licenseType ?? 'enterprise']),
  );
  const operator: EckOperator = startEckOperator({
    store: kubernetes.store,
    directory,
    operatorVersionFor: (namespace) => SCENARIO_OPERATORS[namespace],
    allocateAddress: createLoopbackAllocator(),
    timings: options.timings,
    elasticsearchFor: (namespace, name) => ({
      licenseType: licences.get(`${namespace}/${name}`) ?? 'enterprise',
      indices: SCENARIO_REMOTE_INDICES,
    }),
  });
  for (const seed of SCENARIO_ECK_CLUSTERS) createEckCluster(kubernetes.store, seed);
  await operator.settled();

  const { persistentSettings, ...localOptions } = SCENARIO_LOCAL_CLUSTER;
  const localElasticsearch = await createSelfManagedCluster({
    ...localOptions,
    network: directory,
    ...(options.sslFileReloadDelayMs !== undefined ? { sslFileReloadDelayMs: options.sslFileReloadDelayMs } : {}),
  });
  const control = await startNodeControlServer(localElasticsearch);
  if (options.announce) writeSandboxState({ controlUrl: control.url, localElasticsearchUrl: localElasticsearch.url });
  const elastic = new Client({
    node: localElasticsearch.url,
    auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
  });
  await elastic.cluster.putSettings({ persistent: persistentSettings });
  await elastic.close();
  localElasticsearch.requestLog.clear();

  const workDirectory = mkdtempSync(path.join(tmpdir(), 'eck-remote-clusters-sandbox-'));
  const kubeconfigPath = path.join(workDirectory, 'kubeconfig');
  writeFileSync(kubeconfigPath, kubeconfigFor(kubernetes, PLUGIN_TOKEN), { mode: 0o600 });

  return {
    kubernetes,
    operator,
    directory,
    localElasticsearch,
    localElasticsearchUrl: localElasticsearch.url,
    controlUrl: control.url,
    kubeconfigPath,
    banner: [
      `Kubernetes API (simulated): ${kubernetes.url}, ${SCENARIO_ECK_CLUSTERS.length} ECK clusters; kubeconfig ${kubeconfigPath}`,
      `Local Elasticsearch (simulated): ${localElasticsearch.url}, nodes ${localElasticsearch.nodes.map((n) => n.name).join(', ')}`,
      `Node actions (keystore, elasticsearch.yml, CA files, restarts): npx tsx dev/sandbox/cli.ts --help`,
      'Log in as:',
      `  admin     / ${SEED_PASSWORDS.admin}   (cluster privilege manage: can connect remotes)`,
      `  ccs_user  / ${SEED_PASSWORDS.ccs_user}   (cross-cluster search user)`,
      `  nobody    / ${SEED_PASSWORDS.nobody}   (no privileges)`,
    ],
    async stop() {
      // A test may already have taken a part down to simulate an outage.
      await operator.stop();
      await Promise.allSettled([control.close(), kubernetes.close(), localElasticsearch.close()]);
      rmSync(workDirectory, { recursive: true, force: true });
    },
  };
}
