import { readFileSync } from 'node:fs';
import type { Logger } from '@kbn/core/server';
import { Client } from '@elastic/elasticsearch';
import { APP_PATH } from '../../common/constants';
import { DEFAULT_CONFIG, type EckRemoteClustersConfig } from '../../server/config';
import { createKubernetesGatewayProvider } from '../../server/gateways/kubernetes/kubernetes_gateway_provider';
import { ROUTES } from '../../server/routes';
import { lazyBrowserAssets } from './browser_bundle';
import { startHostCaWatch } from './host_ca_watch';
import { createHostLogger } from './host_logger';
import type { HostOptions } from './host_options';
import { startHostServer } from './host_server';
import type { SandboxWorld, SandboxWorldOptions } from '../sandbox/world';

export interface Standalone {
  /** The app's URL. */
  appUrl: string;
  baseUrl: string;
  banner: string[];
  /** Present in sandbox mode. */
  world?: SandboxWorld;
  stop(): Promise<void>;
}

interface Backends {
  kubernetes: EckRemoteClustersConfig['kubernetes'];
  elasticsearch: Client;
  /** Credentials of its own for background work (the CA-rotation watch); the sandbox's `elastic`. */
  internalElasticsearch?: Client;
  world?: SandboxWorld;
  banner: string[];
}

/**
 * The host answers for the user at once: an unreachable cluster is reported, not retried with
 * back-off (Kibana retries; the plugin's own calls also pass maxRetries 0).
 */
const CLIENT_OPTIONS = { maxRetries: 0, requestTimeout: DEFAULT_CONFIG.elasticsearch.requestTimeoutMs };

async function backendsFor(options: HostOptions, worldOptions: SandboxWorldOptions): Promise<Backends> {
  const kubernetes = { ...DEFAULT_CONFIG.kubernetes, namespaces: options.namespaces };
  if (!options.sandbox) {
    return {
      kubernetes: { ...kubernetes, kubeconfig: options.kubeconfig, context: options.context },
      elasticsearch: new Client({
        ...CLIENT_OPTIONS,
        node: options.esUrl as string,
        ...(options.esCa ? { tls: { ca: readFileSync(options.esCa, 'utf8') } } : {}),
      }),
      banner: ['Log in with a user of the local Elasticsearch cluster.'],
    };
  }
  const { startSandboxWorld } = await import('../sandbox/world');
  const { SEED_PASSWORDS } = await import('../sandbox/elasticsearch');
  const world = await startSandboxWorld(worldOptions);
  return {
    kubernetes: { ...kubernetes, kubeconfig: world.kubeconfigPath },
    elasticsearch: new Client({ ...CLIENT_OPTIONS, node: world.localElasticsearchUrl }),
    internalElasticsearch: new Client({
      ...CLIENT_OPTIONS,
      node: world.localElasticsearchUrl,
      auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
    }),
    world,
    banner: ['Sandbox mode: a simulated Kubernetes with ECK, and simulated Elasticsearch clusters.', ...world.banner],
  };
}

/** The standalone host with its backends: the sandbox, or the clusters the options name. */
export interface StandaloneExtras {
  logger?: Logger;
  /** Sandbox timings and the like; tests shorten ECK's rolling restart and the load balancer delay. */
  world?: SandboxWorldOptions;
  /** How often the CA-rotation watch runs (default: `caWatch.intervalMinutes`). */
  caWatchIntervalMs?: number;
}

export async function startStandalone(options: HostOptions, extras: StandaloneExtras = {}): Promise<Standalone> {
  const logger = extras.logger ?? createHostLogger();
  const backends = await backendsFor(options, extras.world ?? {});
  const config: EckRemoteClustersConfig = { ...DEFAULT_CONFIG, kubernetes: backends.kubernetes };
  const browserAssets = lazyBrowserAssets();
  const kubernetes = createKubernetesGatewayProvider(config);
  const caWatch = startHostCaWatch({
    config,
    logger,
    kubernetes,
    internalElasticsearch: backends.internalElasticsearch,
    intervalMs: extras.caWatchIntervalMs,
  });
  const host = await startHostServer({
    routes: ROUTES,
    config,
    logger,
    kubernetes,
    elasticsearch: backends.elasticsearch,
    browserAssets: browserAssets.get,
    host: options.host,
    port: options.port,
  });
  return {
    appUrl: `${host.url}${APP_PATH}`,
    baseUrl: host.url,
    banner: backends.banner,
    world: backends.world,
    async stop() {
      caWatch.stop();
      await host.close();
      browserAssets.dispose();
      await backends.elasticsearch.close();
      await backends.internalElasticsearch?.close();
      await backends.world?.stop();
    },
  };
}
