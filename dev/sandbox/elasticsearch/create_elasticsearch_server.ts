import { createClusterModel, type ClusterModel, type ClusterModelOptions } from './cluster/cluster_model';
import { singleNodeTopology, type ClusterNodes } from './cluster/cluster_nodes';
import { ALL_ENDPOINTS } from './endpoints/all_endpoints';
import { createFaultSwitch, type FaultSwitch } from '../faults/fault_switch';
import type { ElasticsearchFaultRequest } from './http/elasticsearch_faults';
import { createRequestLog, type RequestLog } from './http/request_log';
import { createRestPipeline } from './http/rest_pipeline';
import { startRestServer } from './http/rest_server';
import { SANDBOX_AUTHENTICATORS } from './security/authenticators_in_use';

export interface ElasticsearchServerOptions extends ClusterModelOptions {
  /** A loopback address; defaults to 127.0.0.1. */
  readonly host?: string;
  /** Defaults to 0: the system picks a free port, read it back from `port`. */
  readonly port?: number;
  /** Serve HTTPS with this certificate (the url then starts with https://); plain HTTP without. */
  readonly tls?: { certificatePem: string; privateKeyPem: string };
}

export interface SandboxElasticsearch {
  /** Base URL for `new Client({ node: url })`. */
  readonly url: string;
  readonly port: number;
  /** The cluster's state, for tests to arrange and inspect. */
  readonly model: ClusterModel;
  readonly requestLog: RequestLog;
  /** Outages for tests: 503s, conflicts, requests never answered, connections cut mid-request. */
  readonly faults: FaultSwitch<ElasticsearchFaultRequest>;
  close(): Promise<void>;
}

// The sandbox keeps passwords in clear: it must never be reachable from another machine.
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Starts one simulated Elasticsearch cluster speaking the REST API over HTTP(S): a single node, or
 * the nodes `simulateNodes` builds on the cluster's model (connections and credentials then come
 * from those nodes, not from the model's setters).
 */
export async function createElasticsearchServer(
  options: ElasticsearchServerOptions,
  simulateNodes?: (model: ClusterModel) => ClusterNodes,
): Promise<SandboxElasticsearch> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`The sandbox Elasticsearch only listens on loopback, not on ${host}`);
  // The nodes need the model and the model reads remote state from the nodes: bound once both exist.
  const simulated: { nodes?: ClusterNodes } = {};
  const model = createClusterModel(
    options,
    simulateNodes && {
      remoteConnection: (alias) => simulated.nodes!.coordinating().remoteConnection(alias),
      hasRemoteClusterCredentials: (alias) => simulated.nodes!.coordinating().hasRemoteClusterCredentials(alias),
    },
  );
  simulated.nodes = simulateNodes?.(model);
  const requestLog = createRequestLog();
  const faults = createFaultSwitch<ElasticsearchFaultRequest>();
  const pipeline = createRestPipeline({
    faults,
    model,
    nodes: simulated.nodes ?? singleNodeTopology(model),
    endpoints: ALL_ENDPOINTS,
    authenticators: SANDBOX_AUTHENTICATORS,
    log: requestLog,
  });
  const server = await startRestServer(pipeline, host, options.port ?? 0, options.tls);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${options.tls ? 'https' : 'http'}://${urlHost}:${server.port}`,
    port: server.port,
    model,
    requestLog,
    faults,
    close: () => server.close(),
  };
}
