import { isRunning } from '../managed_process';
// @peculiar/x509 relies on tsyringe, which needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import { CoreV1Api, CustomObjectsApi, KubeConfig, setHeaderOptions, type V1Service } from '@kubernetes/client-node';
import { X509Certificate } from '@peculiar/x509';
import {
  ECK_API,
  ECK_CONTROLLER_VERSION_ANNOTATION,
  ECK_LABELS,
  ECK_PORTS,
  eckServiceNames,
} from '../../../common/eck/eck_names';
import type { ElasticsearchResource } from '../../../server/gateways/kubernetes/eck_resource';
import { startControlPlane, type ControlPlane } from '../start_control_plane';
import { eventually } from './eventually';
import { findOperators, pinnedOperators } from './operator_binaries';
import { reconciliationEnded } from './operator_log';
import { startEckOperator, type EckOperator } from './start_eck_operator';

// A control plane, the CRDs and the operator take seconds to tens of seconds on a 2-core host.
const START_TIMEOUT_MS = 240_000;
const TEST_TIMEOUT_MS = 90_000;
/** ECK's DefaultRequeue: how often it retries an Elasticsearch it cannot reach. */
const REQUEUE_MS = 10_000;
const NAME = 'quickstart';
/** The Secrets a user of the cluster reads. */
const PUBLIC_SECRETS = ['elastic-user', 'http-certs-public', 'transport-certs-public'].map(
  (suffix) => `${NAME}-es-${suffix}`,
);
const softOwnerLabels = (namespace: string) => ({
  'eck.k8s.elastic.co/owner-kind': 'Elasticsearch',
  'eck.k8s.elastic.co/owner-name': NAME,
  'eck.k8s.elastic.co/owner-namespace': namespace,
});
const MERGE_PATCH = setHeaderOptions('Content-Type', 'application/merge-patch+json');

/** The resource as ECK reports on it: the plugin's own type, plus the conditions it does not read. */
type ObservedElasticsearch = ElasticsearchResource & {
  status?: { conditions?: Array<{ type: string; status: string; message?: string }> };
};

const report = (message: string) => process.stderr.write(`eck-operator: ${message}\n`);

/** `remoteClusterServer.service` exists from ECK 3.3.0 (PR #8892). */
function hasRcsServiceTemplate(version: string): boolean {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > 3 || (major === 3 && minor >= 3);
}

describe.each(pinnedOperators())('the real ECK operator $version against a bare kube-apiserver', ({ version }) => {
  const namespace = `eck-${version.replace(/\./g, '-')}`;
  const services = eckServiceNames(NAME);
  let controlPlane: ControlPlane | undefined;
  let operator: EckOperator | undefined;
  let core: CoreV1Api;
  let objects: CustomObjectsApi;

  const readElasticsearch = async () =>
    (await objects.getNamespacedCustomObject({ ...ECK_API, namespace, name: NAME })) as ObservedElasticsearch;
  const patchElasticsearch = (spec: object, fieldValidation?: string) =>
    objects.patchNamespacedCustomObject(
      { ...ECK_API, namespace, name: NAME, body: { spec }, fieldValidation },
      MERGE_PATCH,
    );
  const readService = (name: string) => core.readNamespacedService({ name, namespace });
  const readSecret = (name: string) => core.readNamespacedSecret({ name, namespace });
  /** Resolves once the operator has seen the latest change to the resource and reported on it. */
  const observed = async () => {
    const { metadata, status } = await readElasticsearch();
    if (status?.observedGeneration !== metadata.generation)
      throw new Error(`generation ${metadata.generation} not observed`);
  };

  beforeAll(async () => {
    // Before anything starts: a missing binary fails here, with the command that builds it.
    const binary = findOperators().find((built) => built.version === version)!;
    controlPlane = await startControlPlane();
    operator = await startEckOperator(controlPlane, binary, { namespaces: [namespace] });
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(controlPlane.kubeconfigYaml);
    core = kubeConfig.makeApiClient(CoreV1Api);
    objects = kubeConfig.makeApiClient(CustomObjectsApi);
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await operator?.stop();
    await controlPlane?.stop();
  }, TEST_TIMEOUT_MS);

  it(
    'turns a new Elasticsearch into its Services, Secrets and transport CA without any pod',
    async () => {
      const createdAt = Date.now();
      await objects.createNamespacedCustomObject({
        ...ECK_API,
        namespace,
        body: {
          apiVersion: `${ECK_API.group}/${ECK_API.version}`,
          kind: 'Elasticsearch',
          metadata: { name: NAME },
          spec: { version: '9.1.5', nodeSets: [{ name: 'default', count: 1 }] },
        },
      });
      const firstRun = await operator!.waitForLog(reconciliationEnded(namespace, NAME));
      // ECK logs `took` in seconds; the log's timestamps and ours come from the same clock.
      const tookMs = Math.round(Number(firstRun.took) * 1000);
      const endedMs = Date.parse(firstRun['@timestamp']) - createdAt;
      report(`${version}: first reconciliation started ${endedMs - tookMs} ms after create and took ${tookMs} ms`);

      const selector = { [ECK_LABELS.type]: 'elasticsearch', [ECK_LABELS.clusterName]: NAME };
      const http = await readService(services.http);
      expect(http.metadata?.labels).toMatchObject(selector);
      expect(http.spec).toMatchObject({ type: 'ClusterIP', selector });
      expect(http.spec?.ports).toEqual([{ name: 'https', port: ECK_PORTS.http, protocol: 'TCP', targetPort: 9200 }]);
      expect((await readService(services.internalHttp)).spec?.ports?.[0]).toMatchObject({ port: ECK_PORTS.http });
      const transport = await readService(services.transport);
      expect(transport.spec).toMatchObject({ type: 'ClusterIP', clusterIP: 'None', publishNotReadyAddresses: true });
      expect(transport.spec?.ports).toEqual([
        { name: 'tls-transport', port: ECK_PORTS.transport, protocol: 'TCP', targetPort: 9300 },
      ]);
      await expect(readService(services.remoteCluster)).rejects.toMatchObject({ code: 404 });

      const [elasticUser, httpCerts, transportCerts] = await Promise.all(PUBLIC_SECRETS.map(readSecret));
      expect(Object.keys(elasticUser.data ?? {})).toEqual(['elastic']);
      expect(Object.keys(httpCerts.data ?? {}).sort()).toEqual(['ca.crt', 'tls.crt']);
      expect(Object.keys(transportCerts.data ?? {})).toEqual(['ca.crt']);
      // "Soft-owned": no ownerReference, so that users may copy them elsewhere; the operator itself
      // deletes them with the Elasticsearch, finding them by these labels.
      for (const secret of [elasticUser, httpCerts, transportCerts]) {
        expect(secret.metadata?.ownerReferences).toBeUndefined();
        expect(secret.metadata?.labels).toMatchObject(softOwnerLabels(namespace));
      }
      const transportCa = new X509Certificate(Buffer.from(transportCerts.data!['ca.crt'], 'base64').toString('utf8'));
      // CN=<name>-transport, OU=<name>, but Go writes the OU first: this is the certificate's own order.
      expect(transportCa.subject).toBe(`OU=${NAME}, CN=${NAME}-transport`);
      expect(transportCa.issuer).toBe(transportCa.subject);

      const elasticsearch = await readElasticsearch();
      // ECK 3.x has no code that writes it; the annotation only appears in its test data.
      expect(elasticsearch.metadata.annotations?.[ECK_CONTROLLER_VERSION_ANNOTATION]).toBeUndefined();
      expect(elasticsearch.status).toMatchObject({ phase: 'ApplyingChanges', health: 'unknown', version: '9.1.5' });
      expect(elasticsearch.status?.availableNodes).toBeUndefined();
      report(`${version}: status ${JSON.stringify(elasticsearch.status)}`);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'adds the remote cluster Service on port 9443 once the remote cluster server is enabled',
    async () => {
      await patchElasticsearch({ remoteClusterServer: { enabled: true } });
      const { value: rcs, afterMs } = await eventually(() => readService(services.remoteCluster));
      report(`${version}: ${services.remoteCluster} appeared ${afterMs} ms after the patch`);

      expect(rcs.spec).toMatchObject({ type: 'ClusterIP', clusterIP: 'None', publishNotReadyAddresses: true });
      expect(rcs.spec?.ports).toEqual([
        { name: 'rcs', port: ECK_PORTS.remoteClusterServer, protocol: 'TCP', targetPort: 9443 },
      ]);
      await eventually(observed);
      expect((await readElasticsearch()).status?.phase).toBe('ApplyingChanges');
    },
    TEST_TIMEOUT_MS,
  );

  if (hasRcsServiceTemplate(version)) {
    it(
      'makes the remote cluster Service a LoadBalancer from remoteClusterServer.service (3.3 and later)',
      async () => {
        const headless = await readService(services.remoteCluster);
        await patchElasticsearch({ remoteClusterServer: { service: { spec: { type: 'LoadBalancer' } } } });
        expect((await readElasticsearch()).spec?.remoteClusterServer?.service?.spec?.type).toBe('LoadBalancer');

        const { value: rcs, afterMs } = await eventually(async (): Promise<V1Service> => {
          const service = await readService(services.remoteCluster);
          if (service.spec?.type !== 'LoadBalancer') throw new Error(`still ${service.spec?.type}`);
          return service;
        });
        report(`${version}: ${services.remoteCluster} became a LoadBalancer ${afterMs} ms after the patch`);
        // A headless Service cannot change type in place (clusterIP is immutable): the operator deleted
        // and recreated it, so a client watching it by UID loses it.
        expect(rcs.metadata?.uid).not.toBe(headless.metadata?.uid);
        expect(rcs.spec?.clusterIP).toMatch(/^10\.96\./);
        expect(rcs.spec?.ports).toEqual([
          {
            name: 'rcs',
            port: ECK_PORTS.remoteClusterServer,
            targetPort: 9443,
            protocol: 'TCP',
            nodePort: expect.any(Number),
          },
        ]);
        expect(rcs.status?.loadBalancer).toEqual({});
      },
      TEST_TIMEOUT_MS,
    );
  } else {
    it(
      'prunes remoteClusterServer.service, which its CRD does not know, and keeps the Service headless (before 3.3)',
      async () => {
        await expect(
          patchElasticsearch({ remoteClusterServer: { service: { spec: { type: 'LoadBalancer' } } } }, 'Strict'),
        ).rejects.toMatchObject({ code: 422, body: expect.stringContaining('unknown field') });

        const { generation } = (await readElasticsearch()).metadata;
        await patchElasticsearch({ remoteClusterServer: { service: { spec: { type: 'LoadBalancer' } } } });
        const patched = await readElasticsearch();
        expect(patched.spec?.remoteClusterServer).toEqual({ enabled: true });
        // Pruning left the spec as it was, so the operator has nothing new to act on.
        expect(patched.metadata.generation).toBe(generation);
        expect((await readService(services.remoteCluster)).spec).toMatchObject({
          type: 'ClusterIP',
          clusterIP: 'None',
        });
      },
      TEST_TIMEOUT_MS,
    );
  }

  it(
    'keeps re-queuing every 10 s and never reports Ready, since no Elasticsearch answers',
    async () => {
      // Changes trigger runs at once; between them, the re-queue alone starts one every 10 s.
      const gaps = () => {
        const ends = operator!.log().filter(reconciliationEnded(namespace, NAME).matches);
        const times = ends.map((entry) => Date.parse(entry['@timestamp']));
        return times.slice(1).map((time, index) => time - times[index]);
      };
      await eventually(async () => {
        // Not the full 10 s: a run a change triggers shortly after a re-queued one shortens the next gap.
        if (!gaps().some((gap) => gap >= 0.8 * REQUEUE_MS)) throw new Error('no run re-queued 10 s after the last');
      }, 2 * REQUEUE_MS);
      report(`${version}: ${gaps().length + 1} reconciliation runs, longest gap ${Math.max(...gaps())} ms`);
      // No re-queue was skipped: a gap of two periods would mean one. Not "within 1 s of 10 s":
      // a gap also holds the run's own time, which a loaded 2-core machine stretches.
      expect(Math.max(...gaps())).toBeLessThan(2 * REQUEUE_MS);

      const { status } = await readElasticsearch();
      expect(status?.phase).toBe('ApplyingChanges');
      expect(status?.conditions).toContainEqual(
        expect.objectContaining({ type: 'ElasticsearchIsReachable', status: 'False' }),
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'deletes its soft-owned Secrets with the Elasticsearch, and leaves owned objects to a garbage collector',
    async () => {
      await objects.deleteNamespacedCustomObject({ ...ECK_API, namespace, name: NAME });
      const { afterMs } = await eventually(async () => {
        const left = (await core.listNamespacedSecret({ namespace })).items.map((secret) => secret.metadata?.name);
        if (PUBLIC_SECRETS.some((name) => left.includes(name))) throw new Error(`still there: ${left.join(', ')}`);
      });
      report(`${version}: soft-owned Secrets deleted ${afterMs} ms after the Elasticsearch`);
      // Everything else has an ownerReference, and no kube-controller-manager runs here to act on it.
      const left = (await core.listNamespacedService({ namespace })).items.map((service) => service.metadata?.name);
      expect(left).toContain(services.http);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'stops the operator by PID',
    async () => {
      const { pid } = operator!;
      expect(isRunning(pid)).toBe(true);
      await operator!.stop();
      expect(isRunning(pid)).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );
});
