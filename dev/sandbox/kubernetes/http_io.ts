import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest, unsupportedMediaType, type KubernetesStatus } from './kubernetes_status';

const MAX_BODY_BYTES = 3 * 1024 * 1024;

/** The media types kube-apiserver decodes object bodies from (protobuf is not simulated). */
export const OBJECT_MEDIA_TYPES = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'];

/** `application/json; charset=utf-8` → `application/json`. */
export const mediaTypeOf = (request: IncomingMessage) =>
  (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request entity too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * An object body (create, update), or the Status to answer instead. Only JSON is decoded: clients
 * (client-node, kubectl) send JSON; a YAML or protobuf body gets the 415 a real server would give
 * an unknown format, though the real one would accept them.
 */
export async function readObjectBody(
  request: IncomingMessage,
): Promise<{ value: unknown; text: string } | KubernetesStatus> {
  const mediaType = mediaTypeOf(request);
  if (mediaType !== 'application/json') return unsupportedMediaType(OBJECT_MEDIA_TYPES);
  const text = await readBody(request);
  try {
    return { value: JSON.parse(text), text };
  } catch (error) {
    return badRequest(`couldn't get version/kind; json parse error: ${(error as Error).message}`);
  }
}

export const isStatus = (value: unknown): value is KubernetesStatus =>
  (value as KubernetesStatus | undefined)?.kind === 'Status';

/** Sends a JSON body, with one `Warning` header per warning, formatted as the API server does. */
export function sendJson(response: ServerResponse, code: number, body: unknown, warnings: string[] = []): number {
  if (warnings.length > 0)
    response.setHeader(
      'Warning',
      warnings.map((text) => `299 - ${JSON.stringify(text)}`),
    );
  response.writeHead(code, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
  return code;
}

export const sendStatus = (response: ServerResponse, body: KubernetesStatus) => sendJson(response, body.code, body);

/** What the API server answers for a path no API group serves, such as a resource whose CRD is missing. */
export function sendPageNotFound(response: ServerResponse): number {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  response.end('404 page not found\n');
  return 404;
}
