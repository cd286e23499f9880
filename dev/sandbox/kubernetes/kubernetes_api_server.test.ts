import { CoreV1Api, CustomObjectsApi, KubeConfig, setHeaderOptions } from '@kubernetes/client-node';
import { kubeconfigFor } from './kubeconfig';
import { startKubernetesApiServer, type KubernetesApiServer } from './kubernetes_api_server';
import { CLUSTER_ADMIN_RULES } from './rbac';

const ES = { group: 'elasticsearch.k8s.elastic.co', version: 'v1', plural: 'elasticsearches', namespace: 'elastic' };
const MERGE_PATCH = setHeaderOptions('Content-Type', 'application/merge-patch+json');

describe('the sandbox Kubernetes API server', () => {
  let server: KubernetesApiServer;
  const client = <T extends CoreV1Api | CustomObjectsApi>(api: new (...args: never[]) => T, token = 'admin') => {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(kubeconfigFor(server, token));
    return kubeConfig.makeApiClient(api as never) as T;
  };
  afterEach(() => server.close());

  it('logs every write with its user and outcome, so a rejected one is seen to change nothing', async () => {
    server = await startKubernetesApiServer({
      tokens: {
        admin: { user: 'kubernetes-admin', rules: CLUSTER_ADMIN_RULES },
        reader: { user: 'reader', rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }] },
      },
    });
    const core = client(CoreV1Api);
    await core.createNamespace({ body: { metadata: { name: 'elastic' } } });
    await core.createNamespacedConfigMap({ namespace: 'elastic', body: { metadata: { generateName: 'ca-' } } });
    await core
      .createNamespacedConfigMap({ namespace: 'elastic', body: { metadata: { name: 'Bad' } } })
      .catch(() => undefined);
    const [{ metadata }] = (await core.listNamespacedConfigMap({ namespace: 'elastic' })).items;
    const name = metadata!.name!;
    await client(CoreV1Api, 'reader')
      .deleteNamespacedConfigMap({ namespace: 'elastic', name })
      .catch(() => undefined);
    await core.patchNamespacedConfigMap({ namespace: 'elastic', name, body: {} }, MERGE_PATCH);

    expect(server.writes).toEqual([
      {
        verb: 'create',
        group: '',
        resource: 'namespaces',
        name: 'elastic',
        user: 'kubernetes-admin',
        status: 201,
        changed: true,
      },
      {
        verb: 'create',
        group: '',
        resource: 'configmaps',
        namespace: 'elastic',
        name,
        user: 'kubernetes-admin',
        status: 201,
        changed: true,
      },
      {
        verb: 'create',
        group: '',
        resource: 'configmaps',
        namespace: 'elastic',
        name: 'Bad',
        user: 'kubernetes-admin',
        status: 422,
        changed: false,
      },
      {
        verb: 'delete',
        group: '',
        resource: 'configmaps',
        namespace: 'elastic',
        name,
        user: 'reader',
        status: 403,
        changed: false,
      },
      {
        verb: 'patch',
        group: '',
        resource: 'configmaps',
        namespace: 'elastic',
        name,
        user: 'kubernetes-admin',
        status: 200,
        changed: false,
      },
    ]);
    expect(server.requests.map((request) => request.status)).toEqual([201, 201, 422, 200, 403, 200]);
  });

  it('prunes remoteClusterServer.service under an ECK CRD older than 3.3, and keeps it once upgraded', async () => {
    server = await startKubernetesApiServer({
      tokens: { admin: { user: 'admin', rules: CLUSTER_ADMIN_RULES } },
      eckCrdVersion: '3.2.0',
    });
    await client(CoreV1Api).createNamespace({ body: { metadata: { name: 'elastic' } } });
    const custom = client(CustomObjectsApi);
    const body = {
      apiVersion: 'elasticsearch.k8s.elastic.co/v1',
      kind: 'Elasticsearch',
      metadata: { name: 'quickstart' },
      spec: { version: '9.1.0', nodeSets: [{ name: 'default', count: 1 }], remoteClusterServer: { enabled: true } },
    };
    await custom.createNamespacedCustomObject({ ...ES, body });
    const service = { spec: { remoteClusterServer: { service: { spec: { type: 'LoadBalancer' } } } } };
    const before = await custom.patchNamespacedCustomObject({ ...ES, name: 'quickstart', body: service }, MERGE_PATCH);
    expect(before.spec.remoteClusterServer).toEqual({ enabled: true });

    server.installEckCrd('3.3.0');
    const after = await custom.patchNamespacedCustomObject({ ...ES, name: 'quickstart', body: service }, MERGE_PATCH);
    expect(after.spec.remoteClusterServer).toEqual({ enabled: true, service: { spec: { type: 'LoadBalancer' } } });
    expect(after.metadata.generation).toBe(2);
  });

  it('answers 404 page not found for Elasticsearch resources while ECK is not installed, after RBAC', async () => {
    server = await startKubernetesApiServer({
      tokens: { admin: { user: 'admin', rules: CLUSTER_ADMIN_RULES }, none: { user: 'none', rules: [] } },
      eckInstalled: false,
    });
    await expect(client(CustomObjectsApi).listClusterCustomObject(ES)).rejects.toMatchObject({
      code: 404,
      body: '404 page not found\n',
    });
    await expect(client(CustomObjectsApi, 'none').listClusterCustomObject(ES)).rejects.toMatchObject({ code: 403 });
  });
});
