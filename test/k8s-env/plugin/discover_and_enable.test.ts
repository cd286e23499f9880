import { eckServiceNames } from '../../../common/eck/eck_names';
import { retrieveCaStep } from '../../../common/plan/api_key/retrieve_ca_step';
import { applyApiKeyStep } from '../../../server/connection/apply_api_key_step';
import { observeEckCluster } from '../../../server/connection/observe_eck_cluster';
import { discoverEckClusters } from '../../../server/discovery/discover_eck_clusters';
import { pinnedOperators } from '../eck-operator/operator_binaries';
import { createElasticsearch, startEckWorld, untilObserved, untilService, type EckWorld } from './eck_world';
import {
  connectionRequest,
  planFor,
  report,
  routeServices,
  START_TIMEOUT_MS,
  stepOf,
  TEST_TIMEOUT_MS,
} from './route_services';

// A control plane, the CRDs and the operator take seconds to tens of seconds on a 2-core host.
const DISCOVERY = { logs: 'search-a', metrics: 'search-b' };
const ENABLE = 'enable';
const TRANSPORT_CA = 'transport-ca';

describe.each(pinnedOperators())('the plugin against the real ECK operator $version', ({ version }) => {
  let world: EckWorld | undefined;
  const plugin = () => world!.plugin;

  beforeAll(async () => {
    world = await startEckWorld(version, { watched: [...Object.values(DISCOVERY), ENABLE, TRANSPORT_CA] });
  }, START_TIMEOUT_MS);

  afterAll(() => world?.stop(), TEST_TIMEOUT_MS);

  it(
    'discovers the clusters the operator reconciled, with their Services, across namespaces in two requests',
    async () => {
      for (const [name, namespace] of Object.entries(DISCOVERY)) await createElasticsearch(world!, namespace, name);
      for (const [name, namespace] of Object.entries(DISCOVERY)) await untilObserved(world!, namespace, name);

      plugin().requests.length = 0;
      const clusters = await discoverEckClusters(plugin().gateway, { all: true });
      // Both lists start together, so either may reach the API server first.
      expect([...plugin().requests].sort()).toEqual([
        'GET /api/v1/services?labelSelector=elasticsearch.k8s.elastic.co/cluster-name',
        'GET /apis/elasticsearch.k8s.elastic.co/v1/elasticsearches',
      ]);
      expect(clusters.map(({ namespace, name }) => `${namespace}/${name}`)).toEqual([
        'search-a/logs',
        'search-b/metrics',
      ]);
      for (const cluster of clusters) {
        const names = eckServiceNames(cluster.name);
        expect(cluster.services.map(({ name, role, type }) => ({ name, role, type }))).toEqual([
          { name: `${cluster.name}-es-default`, role: 'other', type: 'ClusterIP' },
          { name: names.http, role: 'http', type: 'ClusterIP' },
          { name: names.internalHttp, role: 'internal-http', type: 'ClusterIP' },
          { name: names.transport, role: 'transport', type: 'ClusterIP' },
        ]);
        // ECK 3.x records its version nowhere, and never reaches Ready without pods (FINDINGS.md).
        expect(cluster).toMatchObject({
          version: '9.1.5',
          runningVersion: '9.1.5',
          phase: 'ApplyingChanges',
          health: 'unknown',
          changesObserved: true,
          operatorVersion: null,
          remoteClusterServer: { enabled: false, serviceExists: false },
        });
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'plans the enable merge patch, applies it through the gateway, and the operator creates the remote cluster Service',
    async () => {
      const services = routeServices(plugin().gateway);
      const request = connectionRequest(ENABLE, 'quickstart', 'enable_remote_cluster_server');
      await createElasticsearch(world!, ENABLE, 'quickstart');
      await untilObserved(world!, ENABLE, 'quickstart');

      const before = await planFor(services, request);
      expect(stepOf(before, 'preflight').status).toBe('done');
      expect(stepOf(before, 'enable_remote_cluster_server')).toMatchObject({
        status: 'ready',
        changes: [
          {
            kind: 'kubernetes_patch',
            resource: { kind: 'Elasticsearch', namespace: ENABLE, name: 'quickstart' },
            patchType: 'merge',
            patch: { spec: { remoteClusterServer: { enabled: true } } },
          },
        ],
      });

      const applied = await applyApiKeyStep(services, request);
      expect(applied.applied).toBe(true);
      const { afterMs } = await untilService(world!, ENABLE, eckServiceNames('quickstart').remoteCluster);
      report(`${version}: ${eckServiceNames('quickstart').remoteCluster} appeared ${afterMs} ms after the apply`);
      const observed = await untilObserved(world!, ENABLE, 'quickstart');
      // ECK 3.5 also writes back an empty `service: { metadata: {}, spec: {} }`; 3.2's CRD prunes it.
      expect(observed.spec?.remoteClusterServer).toMatchObject({ enabled: true });

      // Without pods ECK never reports Ready, so the step waits for the rolling restart for ever:
      // the Service and observedGeneration are what prove that the operator acted on the patch.
      const eck = await observeEckCluster(plugin().gateway, ENABLE, 'quickstart');
      expect(eck).toMatchObject({ observedGeneration: eck.generation, remoteClusterServer: { enabled: true } });
      expect(eck.services.map((service) => service.name)).toContain(eckServiceNames('quickstart').remoteCluster);
      const after = await planFor(services, request);
      expect(stepOf(after, 'enable_remote_cluster_server')).toMatchObject({
        status: 'waiting',
        reason: "Waiting for ECK's rolling restart to finish (phase ApplyingChanges).",
        changes: [],
      });
      // A second apply (another click, another Kibana) finds the change made and waits: nothing is re-patched.
      await expect(applyApiKeyStep(services, request)).resolves.toMatchObject({ applied: false });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "reads the operator's transport CA from its public Secret, and the CA step is done",
    async () => {
      await createElasticsearch(world!, TRANSPORT_CA, 'logs');
      await untilObserved(world!, TRANSPORT_CA, 'logs');

      plugin().requests.length = 0;
      const eck = await observeEckCluster(plugin().gateway, TRANSPORT_CA, 'logs');
      // The resource, the labelled Services, the Secret, and the dry run that probes the CRD.
      expect(plugin().requests).toHaveLength(4);

      const secret = await world!.core.readNamespacedSecret({
        namespace: TRANSPORT_CA,
        name: 'logs-es-transport-certs-public',
      });
      expect(eck.transportCa?.pem).toBe(Buffer.from(secret.data!['ca.crt'], 'base64').toString('utf8'));
      expect(eck.transportCa?.certificates).toHaveLength(1);
      const [ca] = eck.transportCa!.certificates;
      // Go writes OU before CN: the summary keeps the certificate's own order.
      expect(ca.subject).toBe('OU=logs, CN=logs-transport');
      expect(ca).toMatchObject({ issuer: ca.subject, isCa: true });
      expect(retrieveCaStep(eck)).toMatchObject({
        status: 'done',
        reason: 'logs-es-transport-certs-public holds 1 certificate(s).',
      });
    },
    TEST_TIMEOUT_MS,
  );
});
