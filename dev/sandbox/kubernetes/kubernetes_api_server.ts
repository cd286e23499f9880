import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { findType, parseApiPath, verbOf, type ApiPath } from './api_path';
import { forbidden, notFound, status, unauthorized, unknownResource, type KubernetesStatus } from './kubernetes_status';
import { parseLabelSelector } from './label_selector';
import { serveWatch } from './watch_stream';
import { applyMergePatch } from './merge_patch';
import { ObjectStore, type KubeObject } from './object_store';
import { isAllowed, type Identity } from './rbac';
import { createCertificateAuthority } from '../tls/certificate_authority';
import { CORE_TYPES, ELASTICSEARCH_TYPE, apiVersionOf, type ResourceType } from './resource_types';

export interface RequestRecord {
  method: string;
  path: string;
  verb?: string;
  user?: string;
  status: number;
}

export interface KubernetesApiServerOptions {
  /** Static tokens, as kube-apiserver's --token-auth-file, each bound to RBAC rules. */
  tokens: Record<string, Identity>;
  /** Serve ECK's Elasticsearch resource, as if its CRD were installed. Default true. */
  eckInstalled?: boolean;
  host?: string;
  port?: number;
}

export interface KubernetesApiServer {
  url: string;
  /** The CA that signed the server's certificate, for the kubeconfig's certificate-authority-data. */
  caPem: string;
  store: ObjectStore;
  /** Every request in arrival order, to count and inspect the calls a client made. */
  requests: RequestRecord[];
  types: ResourceType[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 3 * 1024 * 1024;

function send(response: ServerResponse, code: number, body: unknown): number {
  response.writeHead(code, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
  return code;
}

const sendStatus = (response: ServerResponse, body: KubernetesStatus) => send(response, body.code, body);

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request entity too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function identify(request: IncomingMessage, tokens: Record<string, Identity>): Identity | undefined {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  return token ? tokens[token] : undefined;
}

/** A loopback Kubernetes API server that the unmodified @kubernetes/client-node talks to. */
export async function startKubernetesApiServer(options: KubernetesApiServerOptions): Promise<KubernetesApiServer> {
  const store = new ObjectStore();
  const requests: RequestRecord[] = [];
  const types = options.eckInstalled === false ? [...CORE_TYPES] : [...CORE_TYPES, ELASTICSEARCH_TYPE];

  async function handle(request: IncomingMessage, response: ServerResponse, record: RequestRecord): Promise<number> {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const identity = identify(request, options.tokens);
    if (!identity) return sendStatus(response, unauthorized());
    record.user = identity.user;

    const path = parseApiPath(url.pathname);
    const type = path && findType(types, path);
    if (!path || !type || (path.subresource && !type.subresources.includes(path.subresource))) {
      return sendStatus(response, unknownResource());
    }
    const verb = verbOf(request.method ?? 'GET', path, url.searchParams.get('watch') === 'true');
    record.verb = verb;
    const resource = path.subresource ? `${type.plural}/${path.subresource}` : type.plural;
    if (!isAllowed(identity.rules, { verb, group: type.group, resource, namespace: path.namespace })) {
      return sendStatus(response, forbidden(identity.user, verb, type, path.namespace, path.name));
    }
    return serve(verb, type, path, url, request, response);
  }

  async function serve(
    verb: string,
    type: ResourceType,
    path: ApiPath,
    url: URL,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<number> {
    const namespace = type.namespaced ? path.namespace : undefined;
    switch (verb) {
      case 'watch': {
        const selector = parseLabelSelector(url.searchParams.get('labelSelector') ?? undefined);
        const timeoutSeconds = Number(url.searchParams.get('timeoutSeconds') ?? 0) || undefined;
        const resourceVersion = url.searchParams.get('resourceVersion') ?? undefined;
        serveWatch(store, { type, namespace, selector, resourceVersion, timeoutSeconds }, response);
        return 200;
      }
      case 'list': {
        const selector = parseLabelSelector(url.searchParams.get('labelSelector') ?? undefined);
        return send(response, 200, {
          apiVersion: apiVersionOf(type),
          kind: `${type.kind}List`,
          metadata: { resourceVersion: store.resourceVersion },
          items: store.list(type, namespace, selector),
        });
      }
      case 'get': {
        const found = store.get(type, namespace, path.name!);
        return found ? send(response, 200, found) : sendStatus(response, notFound(type, path.name!));
      }
      case 'create': {
        const body = (await readJson(request)) as KubeObject;
        const object = { ...body, metadata: { ...body?.metadata, ...(namespace ? { namespace } : {}) } };
        const created = store.create(type, object);
        if (created.ok) return send(response, 201, created.value);
        return sendStatus(
          response,
          status(409, 'AlreadyExists', `${type.plural} "${object.metadata.name}" already exists`, {
            name: object.metadata.name,
            kind: type.plural,
          }),
        );
      }
      case 'update':
      case 'patch': {
        const current = store.get(type, namespace, path.name!);
        if (!current) return sendStatus(response, notFound(type, path.name!));
        const body = await readJson(request);
        const next = verb === 'update' ? (body as KubeObject) : (applyMergePatch(current, body) as KubeObject);
        const replaced = store.replace(type, next, { statusOnly: path.subresource === 'status' });
        if (replaced.ok) return send(response, 200, replaced.value);
        return sendStatus(
          response,
          status(
            409,
            'Conflict',
            `Operation cannot be fulfilled on ${type.plural} "${path.name}": the object has been modified; please apply your changes to the latest version and try again`,
            { name: path.name, kind: type.plural },
          ),
        );
      }
      case 'delete': {
        const deleted = store.delete(type, namespace, path.name!);
        return deleted.ok ? send(response, 200, deleted.value) : sendStatus(response, notFound(type, path.name!));
      }
      default:
        return sendStatus(
          response,
          status(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`),
        );
    }
  }

  const host = options.host ?? '127.0.0.1';
  const ca = await createCertificateAuthority('CN=sandbox-kubernetes-ca');
  const serving = await ca.issue('CN=kube-apiserver', { dns: ['localhost', 'kubernetes.default.svc'], ip: [host] });
  const server: Server = createServer(
    { cert: serving.certificatePem, key: serving.privateKeyPem },
    (request, response) => {
      const record: RequestRecord = { method: request.method ?? 'GET', path: request.url ?? '/', status: 0 };
      requests.push(record);
      handle(request, response, record)
        .then((code) => (record.status = code))
        .catch((error: Error) => {
          record.status = sendStatus(response, status(400, 'BadRequest', error.message));
        });
    },
  );

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `https://${address}:${port}`,
    caPem: ca.certificatePem,
    store,
    requests,
    types,
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
