import { createServer as createHttpServer, get, type Server as HttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { PassThrough } from 'node:stream';
import { KubeConfig, PortForward } from '@kubernetes/client-node';
import { kubeconfigFor } from './kubeconfig';
import { startKubernetesApiServer, type KubernetesApiServer } from './kubernetes_api_server';
import { CLUSTER_ADMIN_RULES } from './rbac';
import { CORE_TYPES } from './resource_types';

const NAMESPACE = 'elastic';
const POD = 'quickstart-es-default-0';
const [namespaces, pods] = ['namespaces', 'pods'].map((plural) => CORE_TYPES.find((type) => type.plural === plural)!);
const listen = <T extends Server | HttpServer>(server: T) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

describe("the pods/portforward subresource, with client-node's PortForward", () => {
  let kubernetes: KubernetesApiServer;
  let pod: HttpServer;
  let local: Server | undefined;
  let podPort: number;

  const kubeConfig = (token: string) => {
    const config = new KubeConfig();
    config.loadFromString(kubeconfigFor(kubernetes, token));
    return config;
  };

  beforeEach(async () => {
    pod = createHttpServer((request, response) => response.end(`${request.method} ${request.url} reached the pod`));
    podPort = await listen(pod);
    kubernetes = await startKubernetesApiServer({
      tokens: {
        admin: { user: 'kubernetes-admin', rules: CLUSTER_ADMIN_RULES },
        'get-only': {
          user: 'get-only',
          rules: [{ apiGroups: [''], resources: ['pods/portforward'], verbs: ['get'] }],
        },
      },
      // Only 9200 of the pod listens; 9300 points at a closed port, 9443 nowhere.
      portForward: (namespace, name, port) =>
        namespace === NAMESPACE && name === POD && port !== 9443
          ? { host: '127.0.0.1', port: port === 9200 ? podPort : 1 }
          : undefined,
    });
    kubernetes.store.create(namespaces, { metadata: { name: NAMESPACE } });
    kubernetes.store.create(pods, { metadata: { name: POD, namespace: NAMESPACE }, spec: { nodeName: 'node-1' } });
  });

  afterEach(async () => {
    local?.close();
    await kubernetes.close();
    pod.close();
  });

  /** A local port forwarded to the pod's port, one WebSocket per connection, as `kubectl port-forward` does. */
  async function forwardLocalPort(port: number): Promise<number> {
    const forward = new PortForward(kubeConfig('admin'));
    local = createServer((socket) => {
      forward.portForward(NAMESPACE, POD, [port], socket, null, socket).catch(() => socket.destroy());
    });
    return listen(local);
  }

  it('carries an HTTP request to the port of the pod and the answer back', async () => {
    const localPort = await forwardLocalPort(9200);
    const body = await new Promise<string>((resolve, reject) => {
      get({ host: '127.0.0.1', port: localPort, path: '/_cluster/health', agent: false }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve(text));
      }).on('error', reject);
    });
    expect(body).toBe('GET /_cluster/health reached the pod');
    expect(kubernetes.requests.at(-1)).toMatchObject({
      path: `/api/v1/namespaces/${NAMESPACE}/pods/${POD}/portforward?ports=9200`,
      status: 101,
      verb: 'get',
    });
  });

  it.each([9300, 9443])('writes the kubelet’s error on the error channel when nothing listens on %i', async (port) => {
    const errors = new PassThrough();
    const forward = new PortForward(kubeConfig('admin'));
    const socket = await forward.portForward(NAMESPACE, POD, [port], new PassThrough(), errors, new PassThrough());
    // client-node's WebSocket is the `ws` package's, an EventEmitter.
    const emitter = socket as unknown as { once(event: 'close', listener: () => void): void };
    const closed = new Promise((resolve) => emitter.once('close', () => resolve(undefined)));
    const message = await new Promise<string>((resolve) =>
      errors.once('data', (data: Buffer) => resolve(data.toString())),
    );
    await closed;
    expect(message).toMatch(
      new RegExp(
        `^error forwarding port ${port} to pod [0-9a-f]{64}, uid : failed to execute portforward in network namespace .*connect: connection refused $`,
      ),
    );
  });

  it('also requires create on pods/portforward, as Kubernetes 1.35 checks on the upgrade', async () => {
    const forward = new PortForward(kubeConfig('get-only'));
    await expect(
      forward.portForward(NAMESPACE, POD, [9200], new PassThrough(), new PassThrough(), new PassThrough()),
    ).rejects.toMatchObject({ message: 'Unexpected server response: 403' });
    expect(kubernetes.requests.at(-1)).toMatchObject({ status: 403, user: 'get-only' });
  });
});
