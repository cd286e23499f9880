import { createClusterModel, type ClusterModel, type ClusterModelOptions } from './cluster/cluster_model';
import { ALL_ENDPOINTS } from './endpoints/all_endpoints';
import { createRequestLog, type RequestLog } from './http/request_log';
import { createRestPipeline } from './http/rest_pipeline';
import { startRestServer } from './http/rest_server';
import { basicAuthenticator } from './security/basic_authenticator';

export interface ElasticsearchServerOptions extends ClusterModelOptions {
  /** A loopback address; defaults to 127.0.0.1. */
  readonly host?: string;
  /** Defaults to 0: the system picks a free port, read it back from `port`. */
  readonly port?: number;
}

export interface SandboxElasticsearch {
  /** Base URL for `new Client({ node: url })`. */
  readonly url: string;
  readonly port: number;
  /** The cluster's state, for tests to arrange and inspect. */
  readonly model: ClusterModel;
  readonly requestLog: RequestLog;
  close(): Promise<void>;
}

// The sandbox keeps passwords in clear and has no TLS: it must never be reachable from another machine.
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Starts one simulated Elasticsearch cluster (a single node) speaking the REST API over HTTP. */
export async function createElasticsearchServer(options: ElasticsearchServerOptions): Promise<SandboxElasticsearch> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`The sandbox Elasticsearch only listens on loopback, not on ${host}`);
  const model = createClusterModel(options);
  const requestLog = createRequestLog();
  const pipeline = createRestPipeline({
    model,
    endpoints: ALL_ENDPOINTS,
    authenticators: [basicAuthenticator],
    log: requestLog,
  });
  const server = await startRestServer(pipeline, host, options.port ?? 0);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${server.port}`,
    port: server.port,
    model,
    requestLog,
    close: () => server.close(),
  };
}
