import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { seedEckCluster } from '../../dev/sandbox/eck/seed_eck_cluster';
import { loadSandboxKubeConfig, type ApiServerEndpoint } from '../../dev/sandbox/kubernetes/kubeconfig';
import { startKubernetesApiServer, type KubernetesApiServer } from '../../dev/sandbox/kubernetes/kubernetes_api_server';
import { CLUSTER_ADMIN_RULES } from '../../dev/sandbox/kubernetes/rbac';
import { createKubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import { ALL_NAMESPACES } from '../gateways/kubernetes/namespace_scope';
import { discoverEckClusters } from './discover_eck_clusters';

const TOKENS = {
  'admin-token': { user: 'kubernetes-admin', rules: CLUSTER_ADMIN_RULES },
  'no-rights-token': { user: 'system:serviceaccount:kibana:kibana', rules: [] },
};

async function gatewayFor(server: ApiServerEndpoint, token: string, requestTimeoutMs = 5_000) {
  return createKubernetesGateway(await loadSandboxKubeConfig(server, token), { requestTimeoutMs });
}

function seedClusters(server: KubernetesApiServer, count: number, namespaces: number) {
  for (let i = 0; i < count; i++) {
    seedEckCluster(server.store, {
      namespace: `team-${i % namespaces}`,
      name: `es-${i}`,
      version: '9.1.0',
      operatorVersion: '3.3.0',
      remoteClusterServerEnabled: i % 2 === 0,
    });
  }
}

describe('discoverEckClusters against the sandbox Kubernetes API with @kubernetes/client-node', () => {
  let server: KubernetesApiServer;
  afterEach(() => server?.close());

  it.each([1, 10, 200])('makes two list calls for %i clusters across all namespaces', async (count) => {
    server = await startKubernetesApiServer({ tokens: TOKENS });
    seedClusters(server, count, 7);
    const clusters = await discoverEckClusters(await gatewayFor(server, 'admin-token'), ALL_NAMESPACES);

    expect(clusters).toHaveLength(count);
    expect(server.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`).sort()).toEqual([
      'GET /api/v1/services',
      'GET /apis/elasticsearch.k8s.elastic.co/v1/elasticsearches',
    ]);
  });

  it('makes two list calls per allowed namespace, whatever the number of clusters', async () => {
    server = await startKubernetesApiServer({ tokens: TOKENS });
    seedClusters(server, 60, 6);
    const clusters = await discoverEckClusters(await gatewayFor(server, 'admin-token'), {
      all: false,
      namespaces: ['team-1', 'team-4'],
    });
    expect(clusters.map((c) => c.namespace)).toEqual([...Array(10).fill('team-1'), ...Array(10).fill('team-4')]);
    expect(server.requests).toHaveLength(4);
  });

  it('joins each cluster with its Services and reads its status and versions', async () => {
    server = await startKubernetesApiServer({ tokens: TOKENS });
    seedEckCluster(server.store, {
      namespace: 'prod',
      name: 'logs',
      version: '8.15.3',
      operatorVersion: '3.2.0',
      phase: 'ApplyingChanges',
      health: 'yellow',
      remoteClusterServerEnabled: true,
    });
    seedEckCluster(server.store, { namespace: 'prod', name: 'metrics', version: '9.1.0', operatorVersion: '3.3.0' });

    const [logs, metrics] = await discoverEckClusters(await gatewayFor(server, 'admin-token'), ALL_NAMESPACES);
    expect(logs).toMatchObject({
      namespace: 'prod',
      name: 'logs',
      version: '8.15.3',
      phase: 'ApplyingChanges',
      health: 'yellow',
      // ECK 3.x records its version nowhere on the resource.
      operatorVersion: null,
      changesObserved: true,
      remoteClusterServer: { enabled: true, serviceName: 'logs-es-remote-cluster', serviceExists: true },
    });
    expect(logs.services.map((s) => `${s.name}:${s.role}`)).toEqual([
      'logs-es-http:http',
      'logs-es-internal-http:internal-http',
      'logs-es-remote-cluster:remote-cluster',
      'logs-es-transport:transport',
    ]);
    expect(metrics.remoteClusterServer).toEqual({
      enabled: false,
      serviceName: 'metrics-es-remote-cluster',
      serviceExists: false,
    });
  });

  it('names the missing permission when RBAC forbids the list', async () => {
    server = await startKubernetesApiServer({ tokens: TOKENS });
    const gateway = await gatewayFor(server, 'no-rights-token');
    await expect(discoverEckClusters(gateway, ALL_NAMESPACES)).rejects.toMatchObject({
      code: 'KUBERNETES_FORBIDDEN',
      message: expect.stringMatching(/cannot list resource "(elasticsearches|services)"/),
    });
  });

  it('says ECK is not installed when the Elasticsearch resource is unknown', async () => {
    server = await startKubernetesApiServer({ tokens: TOKENS, eckInstalled: false });
    await expect(discoverEckClusters(await gatewayFor(server, 'admin-token'), ALL_NAMESPACES)).rejects.toMatchObject({
      code: 'ECK_CRD_MISSING',
    });
  });

  it('reports an invalid token as unauthorized without echoing it', async () => {
    server = await startKubernetesApiServer({ tokens: TOKENS });
    const error = await discoverEckClusters(await gatewayFor(server, 'stolen-token-123'), ALL_NAMESPACES).catch(
      (e) => e,
    );
    expect(error.code).toBe('KUBERNETES_UNAUTHORIZED');
    expect(error.message).not.toContain('stolen-token-123');
  });

  it('reports an unreachable API server', async () => {
    server = await startKubernetesApiServer({ tokens: TOKENS });
    const endpoint = { url: server.url, caPem: server.caPem };
    await server.close();
    await expect(discoverEckClusters(await gatewayFor(endpoint, 'admin-token'), ALL_NAMESPACES)).rejects.toMatchObject({
      code: 'KUBERNETES_UNREACHABLE',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('gives up on an API server that never answers, after the configured timeout', async () => {
    server = await startKubernetesApiServer({ tokens: TOKENS });
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const gateway = await gatewayFor({ url: `https://127.0.0.1:${port}`, caPem: server.caPem }, 'admin-token', 200);
      await expect(discoverEckClusters(gateway, ALL_NAMESPACES)).rejects.toMatchObject({ code: 'KUBERNETES_TIMEOUT' });
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
