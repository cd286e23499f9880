import { Client } from '@elastic/elasticsearch';
import { createHostLogger } from '../../dev/host/host_logger';
import { startHostServer, type HostServer } from '../../dev/host/host_server';
import { startSandboxWorld, type SandboxWorld, type SandboxWorldOptions } from '../../dev/sandbox/world';
import { DEFAULT_CONFIG, type EckRemoteClustersConfig } from '../../server/config';
import { createKubernetesGatewayProvider } from '../../server/gateways/kubernetes/kubernetes_gateway_provider';
import { ROUTES } from '../../server/routes';
import { createSecretScanner, finalScan, type SecretScanner } from './secret_scanner';

export interface SandboxHosts {
  world: SandboxWorld;
  /** The base URL of each standalone host. */
  urls: string[];
  /** Every line the hosts logged (Kibana's JSON layout), for the secret scanner. */
  logLines: string[];
  config: EckRemoteClustersConfig;
  stop(): Promise<void>;
}

export interface SandboxHostsOptions {
  /** How many standalone hosts (Kibana instances) share the sandbox; default 1. */
  hosts?: number;
  world?: SandboxWorldOptions;
  /** Request timeouts: the fault suites wait for a hung server only this long. */
  requestTimeoutMs?: number;
  /** The namespace allow-list (`eck_remote_clusters.kubernetes.namespaces`); empty means every namespace. */
  namespaces?: string[];
}

/**
 * One sandbox and any number of standalone hosts on it, each with its own gateways and clients, as
 * separate Kibana instances behind a load balancer would have. API only: no browser bundle.
 */
export async function startSandboxHosts(options: SandboxHostsOptions = {}): Promise<SandboxHosts> {
  const world = await startSandboxWorld(options.world ?? {});
  const timeout = options.requestTimeoutMs ?? DEFAULT_CONFIG.elasticsearch.requestTimeoutMs;
  const config: EckRemoteClustersConfig = {
    ...DEFAULT_CONFIG,
    kubernetes: {
      ...DEFAULT_CONFIG.kubernetes,
      kubeconfig: world.kubeconfigPath,
      requestTimeoutMs: timeout,
      namespaces: options.namespaces ?? [],
    },
    elasticsearch: { requestTimeoutMs: timeout },
  };
  const logLines: string[] = [];
  const clients: Client[] = [];
  const hosts: HostServer[] = [];
  for (let i = 0; i < (options.hosts ?? 1); i++) {
    const elasticsearch = new Client({ node: world.localElasticsearchUrl, maxRetries: 0, requestTimeout: timeout });
    clients.push(elasticsearch);
    hosts.push(
      await startHostServer({
        routes: ROUTES,
        config,
        logger: createHostLogger(`eckRemoteClusters.host${i + 1}`, (line) => logLines.push(line) > 0),
        kubernetes: createKubernetesGatewayProvider(config),
        elasticsearch,
        browserAssets: () => Promise.reject(new Error('The reliability suites serve the API only')),
        port: 0,
      }),
    );
  }
  return {
    world,
    urls: hosts.map((host) => host.url),
    logLines,
    config,
    async stop() {
      await Promise.all(hosts.map((host) => host.close()));
      await Promise.all(clients.map((client) => client.close()));
      await world.stop();
    },
  };
}

/**
 * `startSandboxHosts` for a describe block: started before its tests and stopped after them, with
 * every answer the tests tap and every host and sandbox log scanned for secrets at the end, as
 * `scannedFlowApp` does for the standalone app: a leak fails the suite.
 */
export function scannedSandboxHosts(options: SandboxHostsOptions = {}) {
  const suite = {} as { hosts: SandboxHosts; scanner: SecretScanner };
  beforeAll(async () => {
    suite.hosts = await startSandboxHosts(options);
    suite.scanner = createSecretScanner(suite.hosts.world);
  });
  afterAll(async () => {
    const leaks = suite.scanner ? finalScan(suite.scanner, suite.hosts.logLines, suite.hosts.world) : [];
    await suite.hosts?.stop();
    expect(leaks).toEqual([]);
  });
  return suite;
}
