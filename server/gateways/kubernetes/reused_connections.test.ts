import type { KubeConfig } from '@kubernetes/client-node';
import { loadSandboxKubeConfig } from '../../../dev/sandbox/kubernetes/kubeconfig';
import {
  startKubernetesApiServer,
  type KubernetesApiServer,
} from '../../../dev/sandbox/kubernetes/kubernetes_api_server';
import { pluginClusterRoleRules } from '../../../dev/sandbox/kubernetes/plugin_rbac';
import { createKubernetesGateway, type KubernetesGateway } from './kubernetes_gateway';

describe('Kubernetes connections are kept alive between calls', () => {
  let server: KubernetesApiServer;
  let kubeConfig: KubeConfig;
  let gateway: KubernetesGateway;
  beforeEach(async () => {
    server = await startKubernetesApiServer({
      tokens: {
        plugin: { user: 'kibana', rules: pluginClusterRoleRules() },
        rotated: { user: 'kibana-rotated', rules: pluginClusterRoleRules() },
      },
    });
    kubeConfig = await loadSandboxKubeConfig(server, 'plugin');
    gateway = createKubernetesGateway(kubeConfig, { requestTimeoutMs: 5_000 });
  });
  afterEach(() => server.close());

  const connectionsUsed = () => new Set(server.requests.map((request) => request.connection));

  it('sends calls one after the other over one TLS connection (client-node alone opens one per call)', async () => {
    for (let i = 0; i < 10; i++) await gateway.getSecret('search-prod', 'absent');
    expect(server.requests).toHaveLength(10);
    expect(server.requests.every((request) => request.status === 404)).toBe(true);
    expect(connectionsUsed()).toEqual(new Set([1]));
  });

  it('opens no more connections than calls in flight, and reuses them afterwards', async () => {
    await Promise.all(Array.from({ length: 4 }, () => gateway.getSecret('search-prod', 'absent')));
    const afterBurst = connectionsUsed().size;
    expect(afterBurst).toBeGreaterThanOrEqual(1);
    expect(afterBurst).toBeLessThanOrEqual(4);
    for (let i = 0; i < 5; i++) await gateway.getSecret('search-prod', 'absent');
    expect(connectionsUsed().size).toBe(afterBurst);
  });

  it('still authenticates every call as the kubeconfig says now: a rotated token applies on the same connection', async () => {
    await gateway.getSecret('search-prod', 'absent');
    kubeConfig.users[0] = { ...kubeConfig.users[0], token: 'rotated' };
    await gateway.getSecret('search-prod', 'absent');
    expect(server.requests.map((request) => request.user)).toEqual(['kibana', 'kibana-rotated']);
    expect(connectionsUsed()).toEqual(new Set([1]));
  });

  it('opens a new connection when the TLS identity changes, never reusing one made with other TLS settings', async () => {
    await gateway.getSecret('search-prod', 'absent');
    const cluster = kubeConfig.getCurrentCluster()!;
    kubeConfig.clusters[0] = { ...cluster, tlsServerName: 'localhost' };
    await gateway.getSecret('search-prod', 'absent');
    await gateway.getSecret('search-prod', 'absent');
    expect(server.requests.map((request) => request.connection)).toEqual([1, 2, 2]);
  });
});
