import { Client } from '@elastic/elasticsearch';
import { ELASTICSEARCH_TYPE } from '../kubernetes/resource_types';
import { describeCertificate } from '../tls/pem';
import { KUBE } from './kube_types';
import { startOperatorForTest, TEST_TIMINGS, type OperatorUnderTest } from './operator_under_test';

const LABELS = {
  'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart',
  'common.k8s.elastic.co/type': 'elasticsearch',
};

describe('the ECK operator simulation', () => {
  let world: OperatorUnderTest;
  afterEach(() => world?.stop());

  const names = (plural: 'services' | 'secrets' | 'pods') =>
    world.store.list(KUBE[plural], 'prod', []).map((object) => object.metadata.name);

  it('reconciles a new Elasticsearch resource into Services, Secrets, Pods and a Ready status', async () => {
    world = startOperatorForTest();
    world.createElasticsearch('prod', 'quickstart');
    await world.operator.settled();

    expect(names('services')).toEqual(['quickstart-es-http', 'quickstart-es-internal-http', 'quickstart-es-transport']);
    expect(names('secrets')).toEqual(
      expect.arrayContaining([
        'quickstart-es-elastic-user',
        'quickstart-es-transport-certs-public',
        'quickstart-es-transport-ca-internal',
        'quickstart-es-http-certs-public',
        'quickstart-es-default-es-transport-certs',
      ]),
    );
    expect(names('pods')).toEqual(['quickstart-es-default-0', 'quickstart-es-default-1', 'quickstart-es-default-2']);
    const pod = world.store.get(KUBE.pods, 'prod', 'quickstart-es-default-0')!;
    expect(pod.metadata.labels).toMatchObject({
      ...LABELS,
      'elasticsearch.k8s.elastic.co/statefulset-name': 'quickstart-es-default',
    });
    expect(pod.status).toMatchObject({ phase: 'Running', podIP: expect.stringMatching(/^127\./) });

    const es = world.elasticsearch('prod', 'quickstart')!;
    // Like the real ECK 3.x operators, the simulation records its version nowhere on the resource.
    expect(es.metadata.annotations ?? {}).not.toHaveProperty('common.k8s.elastic.co/controller-version');
    expect(es.status).toMatchObject({
      phase: 'Ready',
      health: 'green',
      version: '9.1.5',
      availableNodes: 3,
      observedGeneration: es.metadata.generation,
    });
    expect(world.secret('prod', 'quickstart-es-elastic-user', 'elastic')).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(describeCertificate(world.secret('prod', 'quickstart-es-transport-certs-public', 'ca.crt')!).subject).toBe(
      'CN=quickstart-transport,OU=quickstart',
    );
  });

  it('writes nothing when it reconciles an unchanged resource again', async () => {
    world = startOperatorForTest();
    world.createElasticsearch('prod', 'quickstart', { remoteClusterServer: { enabled: true } });
    await world.operator.settled();
    const before = world.events.length;

    expect(await world.operator.reconcile('prod', 'quickstart')).toEqual([]);
    expect(world.events.length).toBe(before);
  });

  it('restarts the nodes one by one when the remote cluster server is enabled, then is Ready', async () => {
    world = startOperatorForTest();
    world.createElasticsearch('prod', 'quickstart');
    await world.operator.settled();
    const seen = new Set<string>();
    // Causality, not the clock: how many pods were down at once once a reconcile had written its
    // pods (one reconcile brings a pod back and takes the next down), and whether any was down
    // when the cluster said Ready. A lower bound on elapsed time failed under load on 2 cores.
    const down = new Set<string>();
    let mostDownAtOnce = 0;
    let downWhenReady: string[] | undefined;
    let counting = false;
    const unsubscribe = world.store.subscribe((event) => {
      if (event.resourceType === KUBE.pods) {
        const { name } = event.object.metadata;
        if ((event.object.status as { phase: string }).phase === 'Pending') {
          seen.add(name);
          down.add(name);
        } else down.delete(name);
        if (!counting) {
          counting = true;
          queueMicrotask(() => {
            counting = false;
            mostDownAtOnce = Math.max(mostDownAtOnce, down.size);
          });
        }
      }
      const status = event.object.status as { phase?: string } | undefined;
      if (event.resourceType === ELASTICSEARCH_TYPE && status?.phase === 'Ready' && downWhenReady === undefined) {
        downWhenReady = [...down];
      }
    });

    world.updateSpec('prod', 'quickstart', (spec) => ({ ...spec, remoteClusterServer: { enabled: true } }));
    const applying = await world.waitFor(() => {
      const es = world.elasticsearch('prod', 'quickstart')!;
      return es.status?.observedGeneration === es.metadata.generation && es.status;
    });
    expect(applying.phase).toBe('ApplyingChanges');
    expect(names('services')).toContain('quickstart-es-remote-cluster');

    await world.waitFor(() => world.elasticsearch('prod', 'quickstart')!.status?.phase === 'Ready');
    unsubscribe();
    expect([...seen].sort()).toEqual(['quickstart-es-default-0', 'quickstart-es-default-1', 'quickstart-es-default-2']);
    expect({ mostDownAtOnce, downWhenReady }).toEqual({ mostDownAtOnce: 1, downWhenReady: [] });
    expect(world.elasticsearch('prod', 'quickstart')!.status).toMatchObject({ health: 'green', availableNodes: 3 });
  });

  it('deletes the remote cluster Service when the server is disabled again', async () => {
    world = startOperatorForTest({ timings: { ...TEST_TIMINGS, rollingRestartMs: 0 } });
    world.createElasticsearch('prod', 'quickstart', { remoteClusterServer: { enabled: true } });
    await world.operator.settled();
    expect(names('services')).toContain('quickstart-es-remote-cluster');

    world.updateSpec('prod', 'quickstart', (spec) => ({ ...spec, remoteClusterServer: { enabled: false } }));
    await world.operator.settled();
    expect(names('services')).not.toContain('quickstart-es-remote-cluster');
  });

  it('marks a resource Invalid when the remote cluster server needs a newer Elasticsearch', async () => {
    world = startOperatorForTest({ operatorVersion: '2.16.1' });
    world.createElasticsearch('legacy', 'archive', { version: '8.9.2', remoteClusterServer: { enabled: true } });
    await world.operator.settled();
    expect(world.elasticsearch('legacy', 'archive')!.status).toMatchObject({ phase: 'Invalid' });
    expect(world.operator.events).toEqual([
      expect.objectContaining({
        reason: 'Validation',
        message: expect.stringContaining('minimum required version for remote cluster server is 8.10.0'),
      }),
    ]);
  });

  it('serves each cluster an Elasticsearch over HTTPS, with the elastic password and HTTP CA from its Secrets', async () => {
    world = startOperatorForTest({ elasticsearchFor: () => ({ licenseType: 'platinum' }) });
    world.createElasticsearch('prod', 'quickstart');
    await world.operator.settled();

    const target = world.operator.portForwardTarget('prod', 'quickstart-es-default-0', 9200)!;
    expect(target).toEqual({ host: '127.0.0.1', port: expect.any(Number) });
    const client = new Client({
      node: `https://${target.host}:${target.port}`,
      auth: { username: 'elastic', password: world.secret('prod', 'quickstart-es-elastic-user', 'elastic')! },
      tls: {
        ca: world.secret('prod', 'quickstart-es-http-certs-public', 'ca.crt'),
        servername: 'quickstart-es-http.prod.svc',
      },
      maxRetries: 0,
    });
    try {
      expect(await client.info()).toMatchObject({ cluster_name: 'quickstart', version: { number: '9.1.5' } });
      expect((await client.license.get()).license.type).toBe('platinum');
    } finally {
      await client.close();
    }
    expect(world.operator.portForwardTarget('prod', 'quickstart-es-default-0', 9300)).toBeUndefined();
    expect(world.operator.portForwardTarget('prod', 'missing-pod', 9200)).toBeUndefined();
  });

  it('leaves only what has no owner once the resource is deleted', async () => {
    world = startOperatorForTest();
    world.createElasticsearch('prod', 'quickstart');
    await world.operator.settled();
    world.store.delete(ELASTICSEARCH_TYPE, 'prod', 'quickstart');
    await world.operator.settled();

    expect(names('services')).toEqual([]);
    expect(names('pods')).toEqual([]);
    expect(names('secrets').sort()).toEqual(['quickstart-es-elastic-user', 'quickstart-es-transport-certs-public']);
    expect(world.operator.elasticsearch('prod', 'quickstart')).toBeUndefined();
  });

  it('leaves namespaces without an operator alone', async () => {
    world = startOperatorForTest({ operatorVersionFor: (namespace) => (namespace === 'prod' ? '3.3.0' : undefined) });
    world.createElasticsearch('other', 'quickstart');
    await world.operator.settled();
    expect(world.elasticsearch('other', 'quickstart')!.status).toBeUndefined();
  });
});
