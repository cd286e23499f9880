import { SEED_PASSWORDS, type SeedUsername } from '../../dev/sandbox/elasticsearch';
import type { HostResponse, ResponseTap } from './host_api_client';

/** Any request to the host, including the malformed ones a browser would never send. */
export interface RawHostRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  /** Sent as JSON; `rawBody` wins when both are given. */
  body?: unknown;
  rawBody?: string;
  /** Replaces the browser's headers; `undefined` leaves a header out. */
  headers?: Record<string, string | undefined>;
}

/** The headers Kibana's browser client sends on every internal API call, as a sandbox user. */
export function browserHeaders(user: SeedUsername | null): Record<string, string> {
  return {
    'x-elastic-internal-origin': 'kibana',
    'elastic-api-version': '1',
    'kbn-xsrf': 'kibana',
    'content-type': 'application/json',
    ...(user ? { authorization: `Basic ${Buffer.from(`${user}:${SEED_PASSWORDS[user]}`).toString('base64')}` } : {}),
  };
}

function urlOf(baseUrl: string, request: RawHostRequest): string {
  const url = new URL(request.path, baseUrl);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) url.searchParams.append(key, one);
  }
  return url.toString();
}

/**
 * Sends one request and reads the answer. An event stream that opens is read no further (its
 * headers are the answer), so that a GET of the events route does not hang the suite.
 */
export async function sendHostRequest(
  baseUrl: string,
  user: SeedUsername | null,
  request: RawHostRequest,
  tap?: ResponseTap,
): Promise<HostResponse<unknown>> {
  const headers = Object.fromEntries(
    Object.entries({ ...browserHeaders(user), ...request.headers }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const method = request.method.toUpperCase();
  const body =
    method === 'GET'
      ? undefined
      : (request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body)));
  const aborted = new AbortController();
  const response = await fetch(urlOf(baseUrl, request), { method, headers, body, signal: aborted.signal });
  let text = '';
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) aborted.abort();
  else text = await response.text();
  const result = { status: response.status, body: parseJson(text), text };
  tap?.(result, { method, path: request.path });
  return result;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
