import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { createHostLogger } from '../../dev/host/host_logger';
import { lazyBrowserAssets } from '../../dev/host/browser_bundle';
import { startHostServer, type HostServer } from '../../dev/host/host_server';
import { createLoopbackAllocator } from '../../dev/sandbox/network/loopback_addresses';
import { startSilentListener, type SilentListener } from '../../dev/sandbox/network/silent_listener';
import {
  ECK_CA_FILE,
  SERVER_NAME,
  startLocalAndEck,
  type LocalAndEck,
} from '../../dev/sandbox/nodes/testing/local_and_eck';
import { DEFAULT_CONFIG, type EckRemoteClustersConfig } from '../../server/config';
import { createKubernetesGatewayProvider } from '../../server/gateways/kubernetes/kubernetes_gateway_provider';
import { ROUTES } from '../../server/routes';

/** How many remotes of each kind: the status suites and the fan-out benchmark. */
export interface FleetShape {
  /** API key remotes to the ECK cluster, with credentials: they connect. */
  connected: number;
  /** Remotes to the same ECK endpoint without credentials: the remote cluster server refuses them. */
  refused: number;
  /** Remotes whose proxy address leads nowhere: connection refused at once. */
  unreachable: number;
  /** Remotes whose proxy address accepts the connection and never answers. */
  silent: number;
}

export interface RemoteFleet {
  world: LocalAndEck;
  /** The standalone host serving the plugin's routes (and app) against the fleet's local cluster. */
  baseUrl: string;
  aliases: Record<keyof FleetShape, string[]>;
  silentListeners: SilentListener[];
  /** Every line the host logged, audit records included. */
  logLines: string[];
  /** The cross-cluster API key the connected remotes use. */
  keyId: string;
  close(): Promise<void>;
}

export interface RemoteFleetOptions {
  shape: FleetShape;
  /**
   * The nodes' TLS handshake timeout (Elasticsearch's default is 10 s): how long a node's own dial
   * to a silent remote lasts before it gives up.
   */
  handshakeTimeoutMs: number;
  /** Serve the browser app too (the browser suites). */
  browser?: boolean;
  /** `eck_remote_clusters.remoteStatus.timeoutMs`; the default otherwise. */
  remoteStatusTimeoutMs?: number;
}

const NO_KUBECONFIG = path.join(tmpdir(), 'remote-fleet-without-kubernetes', 'kubeconfig');

const names = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);

/**
 * A local cluster with many remotes of known fate, and the plugin in front of it: the sandbox's
 * self-managed nodes, one exposed ECK cluster (indices `logs-web`, `metrics-1`) and silent listeners.
 */
export async function startRemoteFleet(options: RemoteFleetOptions): Promise<RemoteFleet> {
  const { shape } = options;
  const world = await startLocalAndEck({ local: { handshakeTimeoutMs: options.handshakeTimeoutMs } });
  const aliases = {
    connected: shape.connected > 0 ? ['eck', ...names('remote', shape.connected - 1)] : [],
    refused: names('refused', shape.refused),
    unreachable: names('gone', shape.unreachable),
    silent: names('hung', shape.silent),
  };
  const key = await world
    .eckClient()
    .security.createCrossClusterApiKey({ name: 'self-managed-prod', access: { search: [{ names: ['logs-*'] }] } });
  world.onEveryNode((node) => {
    world.actions.placeFile(node, ECK_CA_FILE, world.eck.ca.certificatePem);
    world.actions.editYaml(node, {
      append: `xpack.security.remote_cluster_client.ssl.certificate_authorities: [ ${ECK_CA_FILE} ]`,
    });
    for (const alias of aliases.connected)
      world.actions.keystoreAdd(node, `cluster.remote.${alias}.credentials`, key.encoded);
  });
  world.actions.rollingRestart();

  const host = createLoopbackAllocator()();
  const silentListeners = await Promise.all(aliases.silent.map(() => startSilentListener(host, 0)));
  for (const listener of silentListeners) world.network.addSilent(listener.host, listener.port);

  const eck = { mode: 'proxy', proxy_address: 'logs.example.com:9443', server_name: SERVER_NAME };
  const remote: Record<string, object> = {};
  for (const alias of [...aliases.connected, ...aliases.refused]) remote[alias] = eck;
  for (const alias of aliases.unreachable)
    remote[alias] = { mode: 'proxy', proxy_address: `${alias}.example.internal:9443` };
  aliases.silent.forEach((alias, i) => {
    remote[alias] = { mode: 'proxy', proxy_address: `${host}:${silentListeners[i].port}` };
  });
  await world.localClient('admin').cluster.putSettings({ persistent: { cluster: { remote } } });

  const config: EckRemoteClustersConfig = {
    ...DEFAULT_CONFIG,
    // The fleet has no Kubernetes: a kubeconfig that does not exist says so, and nothing is dialled.
    kubernetes: { ...DEFAULT_CONFIG.kubernetes, kubeconfig: NO_KUBECONFIG },
    remoteStatus: { timeoutMs: options.remoteStatusTimeoutMs ?? DEFAULT_CONFIG.remoteStatus.timeoutMs },
  };
  const logLines: string[] = [];
  const elasticsearch = new Client({ node: world.local.url, maxRetries: 0 });
  const browserAssets = lazyBrowserAssets();
  const server: HostServer = await startHostServer({
    routes: ROUTES,
    config,
    logger: createHostLogger('eckRemoteClusters.fleet', (line) => logLines.push(line) > 0),
    kubernetes: createKubernetesGatewayProvider(config),
    elasticsearch,
    browserAssets: options.browser
      ? browserAssets.get
      : () => Promise.reject(new Error('This suite serves the API only')),
    host: '127.0.0.1',
    port: 0,
  });
  return {
    world,
    baseUrl: server.url,
    aliases,
    silentListeners,
    logLines,
    keyId: key.id,
    async close() {
      await server.close();
      browserAssets.dispose();
      await elasticsearch.close();
      // Closing the silent listeners ends the nodes' pending dials to them.
      await Promise.all(silentListeners.map((listener) => listener.close()));
      await world.close();
    },
  };
}
