import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { EVENT_STREAM_HEADERS } from '../../server/routes/event_stream_headers';
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@kbn/core/server';
import { INTERNAL_API_VERSION } from '../../common/constants';
import type { KibanaErrorBody } from '../../common/errors/plugin_error';
import type { EckRemoteClustersConfig } from '../../server/config';
import { createLocalElasticsearchGateway } from '../../server/gateways/elasticsearch/local_elasticsearch_gateway';
import type { KubernetesGateway } from '../../server/gateways/kubernetes/kubernetes_gateway';
import { toErrorResponse } from '../../server/routes/error_response';
import type { AnyRouteDefinition } from '../../server/routes/route_definition';
import { validateRequestPart } from '../../server/routes/validate_request';
import { toElasticsearchPluginError } from '../../server/gateways/elasticsearch/elasticsearch_errors';
import { missingApiPrivileges } from './host_authorization';
import { kibanaError, kibanaPreflightError } from './kibana_http_semantics';

export interface HostApiOptions {
  routes: readonly AnyRouteDefinition[];
  config: EckRemoteClustersConfig;
  logger: Logger;
  kubernetes: () => KubernetesGateway;
  /** The Elasticsearch client; each request uses a child carrying the browser's credentials. */
  elasticsearch: Client;
}

/**
 * Kibana answers with its login page; the host asks the browser for Basic credentials instead, in
 * one realm for the whole origin so that API calls reuse what the user typed for the page.
 */
export const LOGIN_CHALLENGE = { 'www-authenticate': 'Basic realm="Kibana (standalone host)", charset="UTF-8"' };

/** Kibana's default route body limit. */
const MAX_BODY_BYTES = 1024 * 1024;

function sendJson(response: ServerResponse, statusCode: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(statusCode, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

const sendError = (response: ServerResponse, body: KibanaErrorBody, headers?: Record<string, string>) =>
  sendJson(response, body.statusCode, body, headers);

function queryObject(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw Object.assign(new Error('Payload content length greater than maximum allowed: 1048576'), {
        statusCode: 413,
      });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error('Invalid request payload JSON format'), { statusCode: 400 });
  }
}

/**
 * Serves the plugin's routes the way Kibana would: preflight checks, authentication with the
 * browser's Basic credentials against Elasticsearch, the route's required privileges, validation,
 * then the handler. Nothing from a request outlives it.
 */
export function createHostApi(options: HostApiOptions) {
  return async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const method = (request.method ?? 'GET').toLowerCase();
    const route = options.routes.find((r) => r.path === url.pathname && r.method === method);
    if (!route) return sendError(response, kibanaError(404, 'Not Found'));

    const preflight = kibanaPreflightError(request, method, url.pathname);
    if (preflight) return sendError(response, preflight);

    const authorization = request.headers.authorization;
    if (!authorization) return sendError(response, kibanaError(401, 'Unauthorized'), LOGIN_CHALLENGE);
    const asCurrentUser = options.elasticsearch.child({ headers: { authorization } });
    let username = 'unknown';
    try {
      username = (await asCurrentUser.security.authenticate()).username;
      const missing = await missingApiPrivileges(asCurrentUser, route.security.authz.requiredPrivileges, route.path);
      if (missing.length > 0) {
        return sendError(
          response,
          kibanaError(
            403,
            `API [${method.toUpperCase()} ${url.pathname}] is unauthorized for user, this action is granted by the Kibana privileges [${missing.join(',')}]`,
            {
              code: 'FORBIDDEN',
              fix: 'Ask an administrator for the ECK remote clusters Kibana privilege this action needs.',
            },
          ),
        );
      }
    } catch (error) {
      const statusCode = (error as { meta?: { statusCode?: number } }).meta?.statusCode;
      if (statusCode === 401) return sendError(response, kibanaError(401, 'Unauthorized'), LOGIN_CHALLENGE);
      const failure = toElasticsearchPluginError(error, 'authenticate you and check your privileges');
      return sendError(response, toErrorResponse(failure, options.logger));
    }

    try {
      const body = method === 'get' ? undefined : await readBody(request);
      const parts = {
        query: validateRequestPart(route.validate.query, queryObject(url), 'query'),
        params: validateRequestPart(route.validate.params, {}, 'params'),
        body: validateRequestPart(route.validate.body, body, 'body'),
      };
      for (const part of Object.values(parts)) {
        if (!part.ok) return sendError(response, toErrorResponse(part.error, options.logger));
      }
      const valid = (part: (typeof parts)[keyof typeof parts]) => (part.ok ? part.value : undefined);
      const aborted = new AbortController();
      response.on('close', () => aborted.abort());
      const result = await route.handler(
        { query: valid(parts.query), params: valid(parts.params), body: valid(parts.body), signal: aborted.signal },
        {
          config: options.config,
          logger: options.logger,
          kubernetes: options.kubernetes,
          // Kibana's audit logger adds the user; the host adds it here, in the same JSON log.
          audit: (record) => options.logger.info(record.message, { audit: true, ...record, user: username }),
          localElasticsearch: () =>
            createLocalElasticsearchGateway(asCurrentUser, {
              requestTimeoutMs: options.config.elasticsearch.requestTimeoutMs,
            }),
        },
      );
      if (route.responseType === 'event-stream') {
        response.writeHead(200, { ...EVENT_STREAM_HEADERS, 'elastic-api-version': INTERNAL_API_VERSION });
        response.flushHeaders();
        (result as Readable).pipe(response);
        return;
      }
      sendJson(response, 200, result, { 'elastic-api-version': INTERNAL_API_VERSION });
    } catch (error) {
      const statusCode = (error as { statusCode?: unknown }).statusCode;
      if (typeof statusCode === 'number' && !(error as { code?: unknown }).code) {
        return sendError(response, kibanaError(statusCode, (error as Error).message));
      }
      sendError(response, toErrorResponse(error, options.logger));
    }
  };
}
