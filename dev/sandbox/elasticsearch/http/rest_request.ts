import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A request as the pipeline sees it: the raw body is parsed later, after authentication. */
export interface RestRequest {
  readonly method: string;
  /** Decoded path without the query string. */
  readonly path: string;
  /** Path and query string as sent; Elasticsearch quotes this in its messages. */
  readonly uri: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export async function readRestRequest(message: IncomingMessage): Promise<RestRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const uri = message.url ?? '/';
  const url = new URL(uri, 'http://sandbox.invalid');
  return {
    method: (message.method ?? 'GET').toUpperCase(),
    path: decodeURIComponent(url.pathname),
    uri,
    query: url.searchParams,
    headers: message.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

/** Elasticsearch reads a present-but-empty flag (`?flat_settings`) as true. */
export function booleanParam(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  return value !== null && (value === '' || value === 'true');
}
