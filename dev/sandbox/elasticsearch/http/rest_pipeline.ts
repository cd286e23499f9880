import type { ClusterModel } from '../cluster/cluster_model';
import type { ClusterNodes } from '../cluster/cluster_nodes';
import { compareVersions, parseVersion } from '../cluster/version_info';
import type { Endpoint } from '../endpoints/endpoint';
import { authenticateRequest } from '../security/authenticate_request';
import type { Authenticator } from '../security/authenticators';
import { authorizeClusterAction } from '../security/authorize_cluster_action';
import type { FaultSwitch } from '../../faults/fault_switch';
import { ElasticsearchError, illegalArgument, parseException, securityException } from './elasticsearch_error';
import {
  isConnectionFault,
  masterNotDiscovered,
  versionConflict,
  type ConnectionFault,
  type ElasticsearchFaultRequest,
} from './elasticsearch_faults';
import { applyFilterPath } from './filter_path';
import { negotiateCompatibleVersion, responseContentType } from './media_type';
import type { RequestLogRecorder } from './request_log';
import { booleanParam, type RestRequest } from './rest_request';
import { matchRoute } from './route_table';
import { unrecognizedParametersReason } from './unrecognized_parameters';

/** What goes on the wire. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly payload?: string;
  /** Instead of answering: never answer (`timeout`) or cut the connection (`drop`). */
  readonly cut?: ConnectionFault;
}

interface RestResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
}

export interface RestPipelineOptions {
  readonly model: ClusterModel;
  readonly nodes: ClusterNodes;
  readonly endpoints: readonly Endpoint[];
  readonly authenticators: readonly Authenticator[];
  readonly log: RequestLogRecorder;
  /** Outages for tests, asked before anything else: a failing node fails whatever the request. */
  readonly faults?: FaultSwitch<ElasticsearchFaultRequest>;
}

/** Filled in as the request gets further, for the request log. */
interface Trace {
  username: string | null;
  action?: string;
}

function parseBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ElasticsearchError(
      400,
      'x_content_parse_exception',
      `Failed to parse request body: ${(error as Error).message}`,
    );
  }
}

/**
 * The order Elasticsearch applies: route, authenticate, check parameters and body, authorize the
 * transport action, run it. Unknown routes are answered before authentication, as on a real node.
 */
async function dispatch(options: RestPipelineOptions, request: RestRequest, trace: Trace): Promise<RestResponse> {
  const { model, nodes, authenticators, log } = options;
  // A route this version does not have yet is as unknown as a route that never existed.
  const endpoints = options.endpoints.filter(
    (endpoint) => !endpoint.since || compareVersions(model.identity.version, endpoint.since) >= 0,
  );
  const match = matchRoute(endpoints, request.method, request.path);
  if (match.kind === 'none') {
    return { status: 400, body: { error: `no handler found for uri [${request.uri}] and method [${request.method}]` } };
  }
  if (match.kind === 'other_methods') {
    if (request.method === 'OPTIONS') return { status: 200, headers: { allow: match.allowed.join(',') } };
    const error = `Incorrect HTTP method for uri [${request.uri}] and method [${request.method}], allowed: [${match.allowed.join(', ')}]`;
    return { status: 405, body: { error, status: 405 }, headers: { allow: match.allowed.join(',') } };
  }

  const endpoint = match.route;
  trace.action = endpoint.action;
  const authentication = authenticateRequest(authenticators, request.headers.authorization, model, request.uri);
  if (!authentication.ok) {
    throw securityException(401, authentication.reason, authentication.challenges, authentication.unsuccessful);
  }
  const { subject } = authentication;
  trace.username = subject.username;

  const unrecognized = unrecognizedParametersReason(request.path, [...request.query.keys()], endpoint.params ?? []);
  if (unrecognized) throw illegalArgument(unrecognized);
  const body = parseBody(request.body);
  if (body === undefined && endpoint.body === 'required') {
    throw parseException('request body is required');
  }
  if (body !== undefined && endpoint.body === 'none') {
    throw illegalArgument(`request [${request.method} ${request.path}] does not support having a body`);
  }

  if (endpoint.authorization === 'cluster_privilege') {
    const decision = authorizeClusterAction(subject, endpoint.action);
    if (!decision.allowed) throw securityException(403, decision.reason);
  }

  const result = await endpoint.handle({
    model,
    nodes,
    subject,
    query: request.query,
    pathParams: match.pathParams,
    body,
  });
  if (result.write) {
    log.recordWrite({
      method: request.method,
      path: request.path,
      action: endpoint.action,
      username: subject.username,
      ...result.write,
    });
  }
  const filtered =
    result.body === undefined ? undefined : applyFilterPath(result.body, request.query.get('filter_path'));
  return { status: result.status ?? 200, body: filtered, headers: result.headers };
}

function errorResponse(error: unknown): RestResponse {
  const failure =
    error instanceof ElasticsearchError
      ? error
      : new ElasticsearchError(500, 'exception', (error as Error)?.message ?? String(error));
  return { status: failure.status, body: failure.body, headers: failure.responseHeaders };
}

export function createRestPipeline(options: RestPipelineOptions): (request: RestRequest) => Promise<WireResponse> {
  const serverMajor = parseVersion(options.model.identity.version).major;
  return async (request) => {
    const trace: Trace = { username: null };
    let compatibleWith: number | undefined;
    let response: RestResponse;
    const fault = options.faults?.faultFor({ method: request.method, path: request.path });
    if (fault === 'lost') {
      const done = await dispatch(options, request, trace).catch(errorResponse);
      options.log.recordRequest({
        method: request.method,
        path: request.path,
        uri: request.uri,
        status: done.status,
        ...trace,
      });
      return { status: 0, headers: {}, cut: 'timeout' };
    }
    if (fault && isConnectionFault(fault)) {
      options.log.recordRequest({ method: request.method, path: request.path, uri: request.uri, status: 0, ...trace });
      return { status: 0, headers: {}, cut: fault };
    }
    try {
      if (fault) throw fault === 'conflict' ? versionConflict() : masterNotDiscovered();
      compatibleWith = negotiateCompatibleVersion(
        serverMajor,
        request.headers.accept,
        request.headers['content-type'],
        request.body.length > 0,
      );
      response = await dispatch(options, request, trace);
    } catch (error) {
      response = errorResponse(error);
    }
    options.log.recordRequest({
      method: request.method,
      path: request.path,
      uri: request.uri,
      status: response.status,
      ...trace,
    });

    // The official client refuses to talk to anything that does not say it is Elasticsearch.
    const headers = { ...response.headers, 'x-elastic-product': 'Elasticsearch' };
    if (response.body === undefined || request.method === 'HEAD') return { status: response.status, headers };
    const pretty = booleanParam(request.query, 'pretty');
    return {
      status: response.status,
      headers: { ...headers, 'content-type': responseContentType(compatibleWith) },
      payload: pretty ? `${JSON.stringify(response.body, null, 2)}\n` : JSON.stringify(response.body),
    };
  };
}
