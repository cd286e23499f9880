import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { findType, parseApiPath, verbOf, type ApiPath } from './api_path';
import { SELF_SUBJECT_ACCESS_REVIEW_PATH, serveSelfSubjectAccessReview } from './self_subject_access_review';
import { elasticsearchSchema, type EckCrdVersion } from './eck_elasticsearch_schema';
import { sendPageNotFound, sendStatus } from './http_io';
import { badRequest, forbidden, notFound, status, unauthorized, unknownResource } from './kubernetes_status';
import { ObjectStore } from './object_store';
import { rejectUpgrade, servePortForward, type PortForwardTarget } from './port_forward';
import { parsePorts } from './port_forward_channels';
import { isAllowed, type Identity } from './rbac';
import { createRestHandlers, type CallOutcome } from './rest_handlers';
import { CORE_TYPES, ELASTICSEARCH_TYPE, qualifiedResource, type ResourceType } from './resource_types';
import type { StructuralSchema } from './structural_schema';
import { MUTATING_VERBS, type WriteRecord } from './write_log';
import { createCertificateAuthority } from '../tls/certificate_authority';
import { createFaultSwitch, type FaultSwitch } from '../faults/fault_switch';
import {
  answerWithFault,
  internalError,
  portForwardFault,
  silenced,
  type KubernetesFaultRequest,
} from './kubernetes_faults';

export type { WriteRecord } from './write_log';
export type { PortForwardTarget } from './port_forward';

export interface RequestRecord {
  method: string;
  path: string;
  verb?: string;
  user?: string;
  status: number;
  /** The TLS connection it arrived on, numbered from 1 in order of arrival: shows connection reuse. */
  connection: number;
}

export interface KubernetesApiServerOptions {
  /** Static tokens, as kube-apiserver's --token-auth-file, each bound to RBAC rules. */
  tokens: Record<string, Identity>;
  /** Serve ECK's Elasticsearch resource, as if its CRD were installed. Default true. */
  eckInstalled?: boolean;
  /** Which ECK release's CRD schema prunes Elasticsearch resources ('3.2.0' has no remoteClusterServer.service). */
  eckCrdVersion?: EckCrdVersion;
  /** Where a pod's port really listens, for the portforward subresource. */
  portForward?: PortForwardTarget;
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
  /** Every mutating request with who made it and how it was answered. */
  writes: WriteRecord[];
  types: ResourceType[];
  /** Installs (or upgrades to) the CRD of an ECK release; watches of older resourceVersions then expire. */
  installEckCrd(version: EckCrdVersion): void;
  /** Outages for tests: 500s, conflicts, requests never answered, port-forwards cut mid-request. */
  faults: FaultSwitch<KubernetesFaultRequest>;
  close(): Promise<void>;
}

export const DEFAULT_ECK_CRD_VERSION: EckCrdVersion = '3.4.0';

const PODS = CORE_TYPES.find((type) => type.plural === 'pods')!;

function identify(request: IncomingMessage, tokens: Record<string, Identity>): Identity | undefined {
  const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  return token ? tokens[token] : undefined;
}

/** What RBAC is asked about a request, and how a 403 names it, whether or not the type is served. */
function accessTarget(path: ApiPath, type: ResourceType | undefined) {
  const resource = path.subresource ? `${path.plural}/${path.subresource}` : path.plural;
  const qualified = type ? qualifiedResource(type) : path.group ? `${path.plural}.${path.group}` : path.plural;
  return { group: path.group, resource, qualified };
}

/** A loopback Kubernetes API server that the unmodified @kubernetes/client-node talks to. */
export async function startKubernetesApiServer(options: KubernetesApiServerOptions): Promise<KubernetesApiServer> {
  const store = new ObjectStore();
  const requests: RequestRecord[] = [];
  const writes: WriteRecord[] = [];
  const faults = createFaultSwitch<KubernetesFaultRequest>();
  const types = [...CORE_TYPES];
  let eckSchema: StructuralSchema | undefined;
  // Installing or changing a CRD gives its resource a new watch cache, as in kube-apiserver.
  const installEckCrd = (version: EckCrdVersion) => {
    eckSchema = elasticsearchSchema(version);
    if (!types.includes(ELASTICSEARCH_TYPE)) types.push(ELASTICSEARCH_TYPE);
    store.openWatchWindow(ELASTICSEARCH_TYPE);
  };
  if (options.eckInstalled !== false) installEckCrd(options.eckCrdVersion ?? DEFAULT_ECK_CRD_VERSION);
  const serveResource = createRestHandlers({
    store,
    schemaOf: (type) => (type === ELASTICSEARCH_TYPE ? eckSchema : undefined),
  });

  /** Authentication, then RBAC (before the server knows whether it serves the resource), then the type. */
  function admit(request: IncomingMessage, record: RequestRecord, url: URL) {
    const identity = identify(request, options.tokens);
    const path = parseApiPath(url.pathname);
    const verb = path && verbOf(request.method ?? 'GET', path, url.searchParams.get('watch') === 'true');
    record.verb = verb;
    record.user = identity?.user;
    if (!identity) return { path, verb, rejection: unauthorized() };
    if (!path || !verb) return { path, verb, rejection: 'page not found' as const };
    const type = findType(types, path);
    const target = accessTarget(path, type);
    // Kubernetes 1.35 also checks `create` on the GET that upgrades to a port-forward WebSocket.
    const verbs = path.subresource === 'portforward' ? [...new Set([verb, 'create'])] : [verb];
    for (const checked of verbs) {
      if (!isAllowed(identity.rules, { ...target, verb: checked, namespace: path.namespace })) {
        return { path, verb, rejection: forbidden(identity.user, checked, target, path.namespace, path.name) };
      }
    }
    if (!type) return { path, verb, rejection: 'page not found' as const };
    if (path.subresource && !type.subresources.includes(path.subresource))
      return { path, verb, rejection: unknownResource() };
    return { path, verb, type, rejection: undefined };
  }

  /** Asked once authentication and RBAC passed: an etcd failure or a lost connection comes after them. */
  const faultFor = (path: ApiPath, verb: string, url: URL) =>
    faults.faultFor({
      verb,
      resource: path.subresource ? `${path.plural}/${path.subresource}` : path.plural,
      ...(path.namespace ? { namespace: path.namespace } : {}),
      ...(path.name ? { name: path.name } : {}),
      dryRun: url.searchParams.get('dryRun') === 'All',
    });

  const refusedWith = (code: number) => ({ code, changed: false });

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    record: RequestRecord,
  ): Promise<CallOutcome> {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    if (url.pathname === SELF_SUBJECT_ACCESS_REVIEW_PATH && request.method === 'POST') {
      const identity = identify(request, options.tokens);
      record.verb = 'create';
      record.user = identity?.user;
      if (!identity) return refusedWith(sendStatus(response, unauthorized()));
      return { code: await serveSelfSubjectAccessReview(identity, request, response), changed: false };
    }
    const { path, verb, type, rejection } = admit(request, record, url);
    const refused = (code: number) => ({ code, changed: false });
    if (rejection === 'page not found') return refused(sendPageNotFound(response));
    if (rejection) return refused(sendStatus(response, rejection));
    const fault = faultFor(path!, verb!, url);
    if (fault === 'lost')
      return serveResource({ verb: verb!, type: type!, path: path!, url, request, response: silenced(response) });
    if (fault) return answerWithFault(fault, response, type!, path!.name);
    if (path!.subresource === 'portforward') {
      const problem = portForwardProblem(path!, url) ?? badRequest('Upgrade request required');
      return refused(sendStatus(response, problem));
    }
    return serveResource({ verb: verb!, type: type!, path: path!, url, request, response });
  }

  /** Why a port-forward to this pod cannot start, as the API server and kubelet would say. */
  function portForwardProblem(path: ApiPath, url: URL) {
    const pod = store.get(PODS, path.namespace, path.name!);
    if (!pod) return notFound(PODS, path.name!);
    if (!(pod.spec as { nodeName?: string } | undefined)?.nodeName) {
      return badRequest(`pod ${path.name} does not have a host assigned`);
    }
    const ports = parsePorts(url.searchParams);
    return typeof ports === 'string' ? badRequest(ports) : undefined;
  }

  let connectionsAccepted = 0;
  const connectionNumbers = new WeakMap<object, number>();
  const recordOf = (request: IncomingMessage): RequestRecord => ({
    method: request.method ?? 'GET',
    path: request.url ?? '/',
    status: 0,
    connection: connectionNumbers.get(request.socket) ?? 0,
  });

  // Upgraded connections are no longer the HTTP server's, so close() ends them itself.
  const upgraded = new Set<Duplex>();

  function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    upgraded.add(socket);
    socket.on('close', () => upgraded.delete(socket));
    const record = recordOf(request);
    requests.push(record);
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const { path, rejection } = admit(request, record, url);
    const reject = (body: ReturnType<typeof status>) => {
      record.status = body.code;
      rejectUpgrade(socket, body.code, body.reason, body);
    };
    if (rejection === 'page not found') return reject(status(404, 'NotFound', '404 page not found'));
    if (rejection) return reject(rejection);
    if (path!.subresource !== 'portforward') return reject(badRequest('the resource does not support upgrades'));
    const problem = portForwardProblem(path!, url);
    if (problem) return reject(problem);
    const pod = store.get(PODS, path!.namespace, path!.name!)!;
    record.status = 101;
    socket.on('error', () => socket.destroy());
    const open = () =>
      servePortForward(request, socket, head, {
        namespace: path!.namespace!,
        pod: path!.name!,
        podUid: pod.metadata.uid ?? pod.metadata.name,
        ports: parsePorts(url.searchParams) as number[],
        target: options.portForward,
      });
    const fault = faultFor(path!, record.verb!, url);
    if (!fault || fault === 'lost') return open();
    portForwardFault(fault, socket, open, () => reject(internalError()));
  }

  function logWrite(record: RequestRecord, url: URL, outcome: CallOutcome) {
    const path = parseApiPath(url.pathname);
    if (!path || !record.verb || !MUTATING_VERBS.has(record.verb)) return;
    writes.push({
      verb: record.verb,
      group: path.group,
      resource: path.subresource ? `${path.plural}/${path.subresource}` : path.plural,
      ...(path.namespace && path.plural !== 'namespaces' ? { namespace: path.namespace } : {}),
      ...((path.name ?? outcome.name) ? { name: path.name ?? outcome.name } : {}),
      user: record.user,
      status: outcome.code,
      changed: outcome.changed,
    });
  }

  const host = options.host ?? '127.0.0.1';
  const ca = await createCertificateAuthority('CN=sandbox-kubernetes-ca');
  const serving = await ca.issue('CN=kube-apiserver', { dns: ['localhost', 'kubernetes.default.svc'], ip: [host] });
  const server: Server = createServer(
    { cert: serving.certificatePem, key: serving.privateKeyPem },
    (request, response) => {
      const record = recordOf(request);
      requests.push(record);
      const url = new URL(request.url ?? '/', 'http://sandbox');
      handle(request, response, record)
        .catch((error: Error) => ({ code: sendStatus(response, badRequest(error.message)), changed: false }))
        .then((outcome) => {
          record.status = outcome.code;
          logWrite(record, url, outcome);
        });
    },
  );
  server.on('upgrade', upgrade);
  server.on('secureConnection', (socket) => connectionNumbers.set(socket, ++connectionsAccepted));

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `https://${address}:${port}`,
    caPem: ca.certificatePem,
    store,
    requests,
    writes,
    types,
    installEckCrd,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
        upgraded.forEach((socket) => socket.destroy());
      }),
  };
}
