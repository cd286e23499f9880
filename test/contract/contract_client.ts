import { randomBytes } from 'node:crypto';
import { request, type RequestOptions } from 'node:https';
import { CoreV1Api, CustomObjectsApi, Watch, type KubeConfig } from '@kubernetes/client-node';
import type { ContractTarget, ContractUser } from './contract_target';

export const ELASTICSEARCHES = { group: 'elasticsearch.k8s.elastic.co', version: 'v1', plural: 'elasticsearches' };
export const ELASTICSEARCH_API_VERSION = `${ELASTICSEARCHES.group}/${ELASTICSEARCHES.version}`;

export function clients(target: ContractTarget, user: ContractUser = 'admin') {
  const kubeConfig = target.kubeConfig(user);
  return {
    kubeConfig,
    core: kubeConfig.makeApiClient(CoreV1Api),
    custom: kubeConfig.makeApiClient(CustomObjectsApi),
  };
}

/** A namespace of its own for each test, so that tests share one server without seeing each other. */
export async function newNamespace(target: ContractTarget, prefix = 'contract'): Promise<string> {
  const name = `${prefix}-${randomBytes(4).toString('hex')}`;
  await clients(target).core.createNamespace({ body: { metadata: { name } } });
  return name;
}

/** The HTTP code and the parsed body of what @kubernetes/client-node threw (its ApiException). */
export async function failure(call: Promise<unknown>): Promise<{ code: number; body: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    const { code, body } = error as { code?: number; body?: unknown };
    if (typeof code !== 'number') throw error;
    const parsed = typeof body === 'string' ? safeParse(body) : body;
    return { code, body: (parsed ?? {}) as Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Each Warning header line on its own (Node joins repeated headers it does not know with ", "). */
  warnings: string[];
  text: string;
  json(): Record<string, unknown>;
}

/**
 * A request with the kubeconfig's TLS and token but no client library in between, for what
 * client-node does not let a caller send or see (other Content-Types, Warning headers).
 */
export async function rawRequest(
  kubeConfig: KubeConfig,
  method: string,
  path: string,
  options: { contentType?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const server = new URL(kubeConfig.getCurrentCluster()!.server);
  const https: RequestOptions = {};
  await kubeConfig.applyToHTTPSOptions(https);
  const body =
    options.body === undefined || typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        ...https,
        host: server.hostname,
        port: server.port,
        method,
        path,
        headers: {
          ...https.headers,
          ...(options.contentType ? { 'content-type': options.contentType } : {}),
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        const warnings = response.rawHeaders.filter(
          (_, i, all) => i % 2 === 1 && all[i - 1].toLowerCase() === 'warning',
        );
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            warnings,
            text,
            json: () => JSON.parse(text),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface WatchEvent {
  type: string;
  object: { metadata?: { name?: string; resourceVersion?: string }; [key: string]: unknown };
}

/**
 * Follows a watch with client-node's Watch until `count` events arrived (or the watch ended, or
 * `timeoutMs` passed), then stops it. `whileWatching` runs once the watch is established.
 */
export async function collectWatch(
  kubeConfig: KubeConfig,
  path: string,
  query: Record<string, string>,
  count: number,
  whileWatching: () => Promise<void> = async () => undefined,
  timeoutMs = 10_000,
): Promise<WatchEvent[]> {
  const events: WatchEvent[] = [];
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const controller = await new Watch(kubeConfig).watch(
    path,
    query,
    (type, object) => {
      events.push({ type, object });
      if (events.length >= count) finish();
    },
    () => finish(),
  );
  const timer = setTimeout(finish, timeoutMs);
  await whileWatching();
  await finished;
  clearTimeout(timer);
  controller.abort();
  return events;
}
