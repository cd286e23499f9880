import { Client } from '@elastic/elasticsearch';
import https from 'node:https';
import { CoreV1Api, CustomObjectsApi, KubeConfig, setHeaderOptions } from '@kubernetes/client-node';
import { ECK_API } from '../../../common/eck/eck_names';
import { SEED_PASSWORDS } from '../elasticsearch';
import { kubeconfigFor } from '../kubernetes/kubeconfig';
import { ADMIN_TOKEN, startSandboxWorld, type SandboxWorld } from '../world';

jest.setTimeout(30_000);

/** The fault switches of a running sandbox, as the reliability suites use them. */
describe('sandbox faults', () => {
  let world: SandboxWorld;
  let core: CoreV1Api;
  let customObjects: CustomObjectsApi;
  let elastic: Client;
  beforeAll(async () => {
    world = await startSandboxWorld({ timings: { rollingRestartMs: 50, loadBalancerDelayMs: 50 } });
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(kubeconfigFor(world.kubernetes, ADMIN_TOKEN));
    core = kubeConfig.makeApiClient(CoreV1Api);
    customObjects = kubeConfig.makeApiClient(CustomObjectsApi);
    elastic = new Client({
      node: world.localElasticsearchUrl,
      auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
      maxRetries: 0,
      requestTimeout: 300,
    });
  });
  afterEach(() => {
    world.kubernetes.faults.clear();
    world.localElasticsearch.faults.clear();
  });
  afterAll(async () => {
    await elastic.close();
    await world.stop();
  });

  const service = (name: string) => ({ metadata: { name }, spec: { ports: [{ port: 9443 }] } });

  it('Kubernetes: answers the selected writes with 500 or 409, changing nothing, and the rest normally', async () => {
    world.kubernetes.faults.inject({ fault: 'error', when: (r) => r.verb === 'create' && r.name !== 'conflicting' });
    world.kubernetes.faults.inject({ fault: 'conflict', when: (r) => r.verb === 'create' });
    const writesBefore = world.kubernetes.writes.length;
    await expect(core.createNamespacedService({ namespace: 'search-prod', body: service('x') })).rejects.toMatchObject({
      code: 500,
    });
    expect((await core.listNamespacedService({ namespace: 'search-prod' })).items.length).toBeGreaterThan(0);
    world.kubernetes.faults.clear();
    world.kubernetes.faults.inject({ fault: 'conflict', times: 1 });
    await expect(core.createNamespacedService({ namespace: 'search-prod', body: service('y') })).rejects.toMatchObject({
      code: 409,
      body: expect.stringContaining('the object has been modified'),
    });
    expect(world.kubernetes.writes.slice(writesBefore)).toEqual([
      expect.objectContaining({ verb: 'create', resource: 'services', status: 500, changed: false }),
      expect.objectContaining({ verb: 'create', resource: 'services', status: 409, changed: false }),
    ]);
    await expect(core.readNamespacedService({ namespace: 'search-prod', name: 'x' })).rejects.toMatchObject({
      code: 404,
    });
  });

  it('Kubernetes: never answers a request under a timeout fault, and says nothing was changed', async () => {
    world.kubernetes.faults.inject({ fault: 'timeout', when: (r) => r.resource === 'services' });
    const answered = await new Promise<boolean>((resolve) => {
      const request = https.get(
        `${world.kubernetes.url}/api/v1/namespaces/search-prod/services`,
        { ca: world.kubernetes.caPem, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } },
        () => resolve(true),
      );
      request.on('error', () => resolve(false));
      setTimeout(() => {
        request.destroy();
        resolve(false);
      }, 300);
    });
    expect(answered).toBe(false);
    expect(world.kubernetes.faults.hits).toBeGreaterThan(0);
  });

  it('Elasticsearch: 503 for the selected requests, nothing written, then normal answers once cleared', async () => {
    world.localElasticsearch.faults.inject({ fault: 'error', when: (r) => r.path === '/_cluster/settings' });
    await expect(
      elastic.cluster.putSettings({ persistent: { 'cluster.remote.x.mode': 'proxy' } }),
    ).rejects.toMatchObject({ statusCode: 503, body: { error: { type: 'master_not_discovered_exception' } } });
    expect(world.localElasticsearch.requestLog.writes).toHaveLength(0);
    expect((await elastic.info()).version.number).toMatch(/^9\./);
    world.localElasticsearch.faults.clear();
    await expect(elastic.cluster.getSettings()).resolves.toBeDefined();
  });

  it.each([['timeout'], ['drop']] as const)(
    'Elasticsearch: a %s fault fails the client without an answer',
    async (fault) => {
      world.localElasticsearch.faults.inject({ fault });
      await expect(elastic.info()).rejects.toMatchObject({
        name: fault === 'timeout' ? 'TimeoutError' : 'ConnectionError',
      });
    },
  );

  it('the operator paused never reconciles a change; resumed, it catches up', async () => {
    world.operator.pause('search-ops', 'metrics-prod');
    const read = async () =>
      (await customObjects.getNamespacedCustomObject({
        ...ECK_API,
        namespace: 'search-ops',
        name: 'metrics-prod',
      })) as {
        metadata: { generation: number };
        status: { observedGeneration: number };
      };
    await customObjects.patchNamespacedCustomObject(
      {
        ...ECK_API,
        namespace: 'search-ops',
        name: 'metrics-prod',
        body: { spec: { remoteClusterServer: { enabled: true } } },
      },
      setHeaderOptions('Content-Type', 'application/merge-patch+json'),
    );
    await world.operator.settled();
    const stuck = await read();
    expect(stuck.status.observedGeneration).toBeLessThan(stuck.metadata.generation);
    world.operator.resume('search-ops', 'metrics-prod');
    await world.operator.settled();
    const caughtUp = await read();
    expect(caughtUp.status.observedGeneration).toBe(caughtUp.metadata.generation);
  });

  it('load balancers held get no address until released', async () => {
    world.operator.holdLoadBalancers();
    await core.createNamespacedService({
      namespace: 'search-ops',
      body: { ...service('held-lb'), spec: { type: 'LoadBalancer', ports: [{ port: 9443 }] } },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await world.operator.settled();
    const ingress = async () =>
      (await core.readNamespacedService({ namespace: 'search-ops', name: 'held-lb' })).status?.loadBalancer?.ingress;
    expect(await ingress()).toBeUndefined();
    world.operator.releaseLoadBalancers();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await world.operator.settled();
    expect(await ingress()).toEqual([{ ip: expect.stringMatching(/^127\./) }]);
  });
});
