import { Client } from '@elastic/elasticsearch';
import type { ElasticsearchClient } from '@kbn/core/server';
import { API_ROUTES } from '../../common/api/api_routes';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { DEFAULT_CONFIG, type EckRemoteClustersConfig } from '../../server/config';
import { createLocalElasticsearchGateway } from '../../server/gateways/elasticsearch/local_elasticsearch_gateway';
import { createKubernetesGatewayProvider } from '../../server/gateways/kubernetes/kubernetes_gateway_provider';
import { ROUTES } from '../../server/routes';
import type { AnyRouteDefinition, RouteServices } from '../../server/routes/route_definition';
import { LOGS_REMOTE } from '../flows/connect_logs_remote';
import { silentLogger } from '../k8s-env/plugin/route_services';

/** Benchmark 5's clients: 50 at once, each sending requests one after the other. */
export const CLIENTS = 50;

/** One route under load: through the host over HTTP, or its handler called directly. */
export interface LoadedRoute {
  name: string;
  definition: AnyRouteDefinition;
  query: Record<string, string>;
  body?: unknown;
}

/** The plan and the local cluster routes, and the remote status route once it is registered. */
export function loadedRoutes(): LoadedRoute[] {
  const registered = (path: string) => {
    const definition = ROUTES.find((route) => route.path === path);
    if (!definition) throw new Error(`no route is registered at ${path}`);
    return definition;
  };
  const routes: LoadedRoute[] = [
    { name: 'plan', definition: registered(API_ROUTES.planApiKeyConnection.path), query: {}, body: LOGS_REMOTE },
    { name: 'local cluster', definition: registered(API_ROUTES.localCluster.path), query: {} },
  ];
  const status = ROUTES.find(
    (route) => route.path === (API_ROUTES as Record<string, { path: string }>).remoteStatus?.path,
  );
  if (status) routes.push({ name: 'remote status', definition: status, query: {} });
  return routes;
}

const HEADERS = {
  'x-elastic-internal-origin': 'kibana',
  'elastic-api-version': '1',
  'kbn-xsrf': 'bench',
  'content-type': 'application/json',
  authorization: `Basic ${Buffer.from(`admin:${SEED_PASSWORDS.admin}`).toString('base64')}`,
};

/** Through the host, as the browser sends it; resolves with the error, or undefined for a 200. */
export async function viaHost(baseUrl: string, route: LoadedRoute): Promise<string | undefined> {
  const query = new URLSearchParams(route.query).toString();
  const response = await fetch(`${baseUrl}${route.definition.path}${query ? `?${query}` : ''}`, {
    method: route.definition.method.toUpperCase(),
    headers: HEADERS,
    body: route.body === undefined ? undefined : JSON.stringify(route.body),
  });
  const text = await response.text();
  return response.status === 200 ? undefined : `${response.status} ${text.slice(0, 200)}`;
}

/**
 * The baseline: the route's handler called in this process, with the same gateways built the same
 * way, so that only the Kubernetes and Elasticsearch calls (and the pure logic between them) are
 * timed, not the HTTP layer, authentication and validation the route adds.
 */
export function directCaller(kubeconfig: string, elasticsearchUrl: string) {
  const config: EckRemoteClustersConfig = {
    ...DEFAULT_CONFIG,
    kubernetes: { ...DEFAULT_CONFIG.kubernetes, kubeconfig },
  };
  const client = new Client({
    node: elasticsearchUrl,
    auth: { username: 'admin', password: SEED_PASSWORDS.admin },
    maxRetries: 0,
    requestTimeout: config.elasticsearch.requestTimeoutMs,
  });
  const services: RouteServices = {
    config,
    logger: silentLogger,
    kubernetes: createKubernetesGatewayProvider(config),
    localElasticsearch: () =>
      createLocalElasticsearchGateway(client as unknown as ElasticsearchClient, {
        requestTimeoutMs: config.elasticsearch.requestTimeoutMs,
      }),
    audit: () => undefined,
  };
  return {
    async call(route: LoadedRoute): Promise<string | undefined> {
      const { validate } = route.definition;
      try {
        await route.definition.handler(
          {
            query: validate.query?.parse(route.query),
            params: {},
            body: validate.body?.parse(route.body),
            signal: new AbortController().signal,
          },
          services,
        );
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    },
    close: () => client.close(),
  };
}

export interface Samples {
  latencies: Map<string, number[]>;
  errors: Map<string, string[]>;
}

/**
 * `clients` loops, each sending the routes in turn (starting at a different one) until the deadline,
 * or until `done` says so.
 */
export async function drive(
  routes: LoadedRoute[],
  durationMs: number,
  send: (route: LoadedRoute) => Promise<string | undefined>,
  done: () => boolean = () => false,
): Promise<Samples> {
  const latencies = new Map(routes.map((route) => [route.name, [] as number[]]));
  const errors = new Map(routes.map((route) => [route.name, [] as string[]]));
  const deadline = performance.now() + durationMs;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = client; performance.now() < deadline && !done(); i++) {
        const route = routes[i % routes.length];
        const started = performance.now();
        const error = await send(route).catch((failure: Error) => failure.message);
        latencies.get(route.name)!.push(performance.now() - started);
        if (error) errors.get(route.name)!.push(error);
      }
    }),
  );
  return { latencies, errors };
}
