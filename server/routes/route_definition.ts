import type { Logger } from '@kbn/core/server';
import type { ZodType } from 'zod';
import type { ApiPrivilege } from '../../common/constants';
import type { EckRemoteClustersConfig } from '../config';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import type { LocalElasticsearchGateway } from '../gateways/elasticsearch/local_elasticsearch_gateway';

/** What a route handler may use. Gateways are built per request; nothing is kept between requests. */
export interface RouteServices {
  config: EckRemoteClustersConfig;
  logger: Logger;
  /** Throws KUBERNETES_NOT_CONFIGURED when no usable Kubernetes connection is configured. */
  kubernetes(): KubernetesGateway;
  /** The local cluster, as the current user. */
  localElasticsearch(): LocalElasticsearchGateway;
  /** Records a change: who (added by the audit logger), what, where. Never a secret. */
  audit(record: AuditRecord): void;
}

export interface AuditRecord {
  action: string;
  outcome: 'success' | 'failure';
  message: string;
}

export interface RouteRequest<Query, Params, Body> {
  query: Query;
  params: Params;
  body: Body;
  /** Aborts when the client goes away: long-lived answers (event streams) stop their watches. */
  signal: AbortSignal;
}

/**
 * A route, independent of the framework serving it: Kibana's router (server/kibana) and the
 * standalone host (dev/host) both register the same definitions. Handlers return the 200 body or
 * throw a PluginError.
 */
export interface RouteDefinition<Query = unknown, Params = unknown, Body = unknown, Response = unknown> {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  /** Kibana's route security, required on every route. */
  security: { authz: { requiredPrivileges: ApiPrivilege[] } };
  validate: { query?: ZodType<Query>; params?: ZodType<Params>; body?: ZodType<Body> };
  /** `event-stream`: the handler returns a stream of Server-Sent Events instead of a JSON body. */
  responseType?: 'json' | 'event-stream';
  handler(request: RouteRequest<Query, Params, Body>, services: RouteServices): Promise<Response>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteDefinition = RouteDefinition<any, any, any, any>;

export const defineRoute = <Query, Params, Body, Response>(
  route: RouteDefinition<Query, Params, Body, Response>,
): RouteDefinition<Query, Params, Body, Response> => route;
