import type { Logger } from '@kbn/core/server';
import { DEFAULT_CONFIG } from '../config';
import type { LocalElasticsearchGateway } from '../gateways/elasticsearch/local_elasticsearch_gateway';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import type { RouteServices } from '../routes/route_definition';
import type { RemoteClusterSummary } from '../../common/types/local_cluster';
import { observeDoctor, type DoctorOptions } from './observe_doctor';

const never = () => new Promise<never>(() => undefined);

function fakeServices(options: { namespaces?: string[]; localInfo?: () => Promise<unknown> } = {}) {
  const kubernetesCalls: string[] = [];
  const record =
    (name: string, answer: unknown = null) =>
    (...args: unknown[]) => {
      kubernetesCalls.push(`${name} ${args.filter((a) => typeof a === 'string').join(' ')}`);
      return Promise.resolve(answer);
    };
  const kubernetes = {
    listElasticsearches: (scope: { namespaces?: string[] }) =>
      record('listElasticsearches', [])(...(scope.namespaces ?? [])),
    listServices: record('listServices', []),
    getElasticsearch: record('getElasticsearch', {
      metadata: { namespace: 'search-prod', name: 'logs-prod', generation: 1 },
      spec: { version: '9.1.5' },
      status: { phase: 'Ready', observedGeneration: 1 },
    }),
    getSecret: record('getSecret'),
    listPods: record('listPods', []),
  } as unknown as KubernetesGateway;
  const remote: RemoteClusterSummary = {
    alias: 'logs',
    mode: 'proxy',
    connected: true,
    securityModel: 'api_key',
    proxyAddress: '10.1.2.3:9443',
    serverName: 'logs-prod-es-remote-cluster.search-prod.svc',
    seeds: [],
    skipUnavailable: true,
    connectionCount: 18,
    maxConnections: 18,
    settingsSource: 'persistent',
  };
  const local = {
    getLocalClusterInfo:
      options.localInfo ??
      (() =>
        Promise.resolve({
          name: 'local',
          uuid: 'uuid',
          version: '9.1.5',
          license: { type: 'enterprise', status: 'active' },
          remotes: [remote],
        })),
    listNodeNames: () => Promise.resolve(['es-1']),
    trustedCertificates: () => Promise.resolve([]),
    resolveClusters: () => Promise.resolve({ logs: { connected: true, skip_unavailable: true } }),
    sizeZeroSearch: () => Promise.resolve({ ok: true, response: { _clusters: { details: {} } } }),
  } as unknown as LocalElasticsearchGateway;
  const services: RouteServices = {
    config: { ...DEFAULT_CONFIG, kubernetes: { ...DEFAULT_CONFIG.kubernetes, namespaces: options.namespaces ?? [] } },
    logger: {} as Logger,
    kubernetes: () => kubernetes,
    localElasticsearch: () => local,
    audit: () => undefined,
  };
  return { services, kubernetesCalls };
}

/** Probes that record where they were asked to dial, and dial nothing. */
function recordingProbes() {
  const dialled: string[] = [];
  const probes: DoctorOptions['probes'] = {
    tcp: (target) => (
      dialled.push(`tcp ${target.address}`),
      Promise.resolve({ address: target.address, error: null, elapsedMs: 1 })
    ),
    tls: ({ target, serverName }) => (
      dialled.push(`tls ${target.address} ${serverName}`),
      Promise.resolve({ serverName, result: { kind: 'failed', error: 'not dialled in this test' } })
    ),
  };
  return { probes, dialled };
}

describe('observeDoctor', () => {
  it("dials only the alias's configured proxy address, whatever ECK cluster the request names", async () => {
    const { services } = fakeServices();
    const { probes, dialled } = recordingProbes();
    await observeDoctor(
      services,
      { alias: 'logs', eck: { namespace: 'other', name: 'elsewhere' } },
      { timeoutMs: 500, probes },
    );
    expect(dialled).toEqual(['tcp 10.1.2.3:9443', 'tls 10.1.2.3:9443 logs-prod-es-remote-cluster.search-prod.svc']);
  });

  it('dials nothing for an alias the local cluster does not have', async () => {
    const { services } = fakeServices();
    const { probes, dialled } = recordingProbes();
    const observation = await observeDoctor(services, { alias: 'ghost' }, { timeoutMs: 500, probes });
    expect(dialled).toEqual([]);
    expect(observation.localRemote).toEqual({ ok: true, value: null });
  });

  it('reads no namespace outside the allow-list, even one a server name names', async () => {
    const { services, kubernetesCalls } = fakeServices({ namespaces: ['team-a'] });
    const observation = await observeDoctor(
      services,
      { alias: 'logs' },
      { timeoutMs: 500, probes: recordingProbes().probes },
    );
    expect(kubernetesCalls.length).toBeGreaterThan(0);
    expect(kubernetesCalls.filter((call) => !call.includes('team-a'))).toEqual([
      'listServices elasticsearch.k8s.elastic.co/cluster-name',
    ]);
    expect(kubernetesCalls.join()).not.toContain('search-prod');
    expect(observation.eck).toBeNull();
  });

  it('refuses an ECK cluster outside the allow-list before reading anything', async () => {
    const { services, kubernetesCalls } = fakeServices({ namespaces: ['team-a'] });
    const request = { alias: 'logs', eck: { namespace: 'search-prod', name: 'logs-prod' } };
    await expect(observeDoctor(services, request, { timeoutMs: 500 })).rejects.toMatchObject({
      code: 'NAMESPACE_NOT_ALLOWED',
    });
    expect(kubernetesCalls).toEqual([]);
  });

  it('recognises the ECK cluster behind the alias as the overview does, by its server name here', async () => {
    const { services } = fakeServices();
    const observation = await observeDoctor(
      services,
      { alias: 'logs' },
      { timeoutMs: 500, probes: recordingProbes().probes },
    );
    expect(observation.eck).toBeNull();
    const withCluster = fakeServices();
    const kubernetes = withCluster.services.kubernetes() as unknown as Record<string, unknown>;
    kubernetes.listElasticsearches = () =>
      Promise.resolve([{ metadata: { namespace: 'search-prod', name: 'logs-prod' }, spec: { version: '9.1.5' } }]);
    const recognised = await observeDoctor(
      withCluster.services,
      { alias: 'logs' },
      { timeoutMs: 500, probes: recordingProbes().probes },
    );
    expect(recognised.eck).toMatchObject({ namespace: 'search-prod', name: 'logs-prod', identifiedBy: 'server_name' });
  });

  it('reports a read that does not answer in time, without waiting for it', async () => {
    const { services } = fakeServices({ localInfo: never });
    // Fake timers, not a wall-clock bound (which a loaded machine breaks): the observation is
    // still pending just before the timeout, and answers at it although the read never does.
    jest.useFakeTimers();
    let settled = false;
    const pending = observeDoctor(services, { alias: 'logs' }, { timeoutMs: 200, probes: recordingProbes().probes });
    void pending.then(() => (settled = true));
    try {
      await jest.advanceTimersByTimeAsync(199);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
    } finally {
      jest.useRealTimers();
    }
    const observation = await pending;
    expect(observation.local).toEqual({ ok: false, error: 'The local cluster did not answer within 0.2 s' });
    expect(observation.localNodes).toEqual({ ok: true, value: ['es-1'] });
  });
});
