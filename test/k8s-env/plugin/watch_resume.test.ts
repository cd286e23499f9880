import {
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  Watch,
  setHeaderOptions,
  type KubernetesObject,
} from '@kubernetes/client-node';
import { ECK_API, ECK_LABELS, eckServiceNames } from '../../../common/eck/eck_names';
import { connectionEventStream } from '../../../server/connection/connection_events';
import type { WatchedChange } from '../../../server/gateways/kubernetes/resource_watch';
import { readElasticsearchCrd } from '../eck_crds';
import { installOperatorCrds } from '../eck-operator/install_crds';
import { eventually } from '../eck-operator/eventually';
import { pinnedOperators } from '../eck-operator/operator_binaries';
import { compactEtcd } from '../etcd_compaction';
import { startControlPlane, type ControlPlane } from '../start_control_plane';
import { KIBANA_USER } from './eck_world';
import { adminKubeConfig, bindClusterRole, connectAsPlugin, shippedClusterRole, tokenUser } from './plugin_identity';
import { report, START_TIMEOUT_MS, TEST_TIMEOUT_MS } from './route_services';

const MERGE_PATCH = setHeaderOptions('Content-Type', 'application/merge-patch+json');
const NAMESPACE = 'watched';
/** Resumption is what is proven, not its speed: a generous bound, each wait well under the test's. */
const RESUME_WITHIN_MS = 150_000;
const RESUME_TEST_TIMEOUT_MS = 2 * RESUME_WITHIN_MS + 60_000;
const NAME = 'logs';
/** A user the API server knows but RBAC grants nothing. */
const NOBODY = 'nobody';

/**
 * The plugin's watches (the connection events stream) while kube-apiserver restarts under them:
 * no operator is needed, only ECK's own Elasticsearch CRD (from the newest pinned operator), so
 * every write here is the test's and every event can be matched to the write that caused it.
 */
describe('the plugin’s watches across a kube-apiserver restart', () => {
  let controlPlane: ControlPlane | undefined;
  let objects: CustomObjectsApi;
  let core: CoreV1Api;
  const kibana = tokenUser(KIBANA_USER);
  const nobody = tokenUser(NOBODY);
  const plugin = () => connectAsPlugin(controlPlane!, kibana.token);

  beforeAll(async () => {
    controlPlane = await startControlPlane({ users: [kibana, nobody] });
    const admin = adminKubeConfig(controlPlane);
    const { version } = pinnedOperators().at(-1)!;
    await installOperatorCrds(admin, [readElasticsearchCrd(version)]);
    await bindClusterRole(admin, KIBANA_USER, shippedClusterRole());
    objects = admin.makeApiClient(CustomObjectsApi);
    core = admin.makeApiClient(CoreV1Api);
    await core.createNamespace({ body: { metadata: { name: NAMESPACE } } });
    await objects.createNamespacedCustomObject({
      ...ECK_API,
      namespace: NAMESPACE,
      body: {
        apiVersion: `${ECK_API.group}/${ECK_API.version}`,
        kind: 'Elasticsearch',
        metadata: { name: NAME },
        spec: { version: '9.1.5', nodeSets: [{ name: 'default', count: 1 }] },
      },
    });
    await core.createNamespacedService({
      namespace: NAMESPACE,
      body: {
        metadata: { name: eckServiceNames(NAME).remoteCluster, labels: { [ECK_LABELS.clusterName]: NAME } },
        spec: { type: 'LoadBalancer', ports: [{ name: 'rcs', port: 9443, targetPort: 9443 }] },
      },
    });
  }, START_TIMEOUT_MS);

  afterAll(() => controlPlane?.stop(), TEST_TIMEOUT_MS);

  /** A change to the Elasticsearch resource, as ECK or an admin makes one; its new resourceVersion. */
  const annotate = async (value: string) => {
    const stored = (await objects.patchNamespacedCustomObject(
      { ...ECK_API, namespace: NAMESPACE, name: NAME, body: { metadata: { annotations: { 'k8s-env/step': value } } } },
      MERGE_PATCH,
    )) as KubernetesObject;
    return stored.metadata!.resourceVersion!;
  };

  /** What a cloud controller does once its load balancer is up. */
  const assignAddress = async (ip: string) => {
    const stored = await core.patchNamespacedServiceStatus(
      {
        namespace: NAMESPACE,
        name: eckServiceNames(NAME).remoteCluster,
        body: { status: { loadBalancer: { ingress: [{ ip }] } } },
      },
      MERGE_PATCH,
    );
    return stored.metadata!.resourceVersion!;
  };

  /** The plugin's watches of the cluster as `token`, recording what they deliver and what they report. */
  const follow = (token: string) => {
    const changes: WatchedChange[] = [];
    const refusals: string[] = [];
    const abort = new AbortController();
    connectAsPlugin(controlPlane!, token).gateway.watchEckCluster(
      NAMESPACE,
      NAME,
      (change) => changes.push(change),
      abort.signal,
      (message) => refusals.push(message),
    );
    return { changes, refusals, abort };
  };

  // The watch backs off while kube-apiserver is down and while its RBAC cache syncs (up to 30 s a
  // try, as client-go's reflector): on a loaded machine two such delays can follow a restart.
  const until = (what: string, holds: () => boolean) =>
    eventually(async () => {
      if (!holds()) throw new Error(`Timed out waiting until ${what}`);
    }, RESUME_WITHIN_MS);

  it(
    'resumes after kube-apiserver restarts on the same etcd and port, and delivers changes made afterwards',
    async () => {
      const { changes, refusals, abort } = follow(kibana.token);
      try {
        // A watch without a resourceVersion begins with what exists.
        await until('the watches listed the resource and its Service', () =>
          ['Elasticsearch', 'Service'].every((kind) => changes.some((c) => c.kind === kind && c.type === 'ADDED')),
        );
        const before = await annotate('before-restart');
        await until('the change before the restart arrived', () => changes.some((c) => c.resourceVersion === before));

        const seen = changes.length;
        const restartMs = await controlPlane!.restartKubeApiserver();
        const afterResource = await annotate('after-restart');
        const afterService = await assignAddress('203.0.113.30');
        const { afterMs } = await eventually(async () => {
          const arrived = changes.slice(seen).map((c) => c.resourceVersion);
          if (!arrived.includes(afterResource) || !arrived.includes(afterService))
            throw new Error(`after the restart only ${JSON.stringify(changes.slice(seen))} arrived`);
        }, RESUME_WITHIN_MS);
        const relisted = changes.slice(seen).filter((c) => c.type === 'ADDED').length;
        report(
          `watch resume: kube-apiserver ready again ${restartMs} ms after the restart; both changes made ` +
            `afterwards arrived ${afterMs} ms later (${relisted ? `relisted after a 410: ${relisted} ADDED` : 'resumed from its resourceVersion'}); ` +
            `${refusals.length} watch(es) refused while its RBAC cache synced`,
        );
        expect(changes.slice(seen).find((c) => c.resourceVersion === afterResource)).toMatchObject({
          kind: 'Elasticsearch',
          name: NAME,
        });
        // A starting kube-apiserver may answer 403 until RBAC has synced: said once, then retried.
        for (const refusal of refusals) expect(refusal).toMatch(/ \(403\): /);
        expect(refusals.length).toBeLessThanOrEqual(2);
      } finally {
        abort.abort();
      }
    },
    RESUME_TEST_TIMEOUT_MS,
  );

  it(
    'starts afresh after 410 Gone (etcd compacted past its resourceVersion) and streams the next change',
    async () => {
      const abort = new AbortController();
      const events: Array<{ type: string; kind: string; name: string }> = [];
      const stream = connectionEventStream(plugin().gateway, NAMESPACE, NAME, abort.signal);
      const streamEnded = new Promise((resolve) => stream.once('end', resolve));
      let text = '';
      stream.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
          const data = text.slice(0, end).match(/^event: change\ndata: (.+)$/m)?.[1];
          if (data) events.push(JSON.parse(data));
          text = text.slice(end + 2);
        }
      });
      const resourceEvents = (type: string, from = 0) =>
        events.slice(from).filter((e) => e.kind === 'Elasticsearch' && e.name === NAME && e.type === type);
      try {
        await until('the stream listed the resource', () => resourceEvents('ADDED').length > 0);
        const lastSeen = await annotate('before-compaction');
        await until('the change before the restart was streamed', () => resourceEvents('MODIFIED').length > 0);

        const seen = events.length;
        let compactedAt = 0;
        await controlPlane!.restartKubeApiserver(async () => {
          compactedAt = await compactEtcd(controlPlane!.etcdUrl);
        });
        // What the API server now answers a watch from the last resourceVersion the stream saw.
        expect(await watchFrom(adminKubeConfig(controlPlane!), lastSeen)).toMatchObject({
          type: 'ERROR',
          object: { kind: 'Status', code: 410, reason: 'Expired' },
        });

        // Starting afresh lists what exists again: the page re-reads the plan from it.
        await until('the stream relisted the resource after the 410', () => resourceEvents('ADDED', seen).length > 0);
        await annotate('after-compaction');
        await until('the change after the restart was streamed', () => resourceEvents('MODIFIED', seen).length > 0);
        report(`watch resume: etcd compacted at revision ${compactedAt} (past ${lastSeen}); 410, relisted, resumed`);
      } finally {
        abort.abort();
      }
      // The stream ends with the client, and its watches with it.
      await streamEnded;
    },
    RESUME_TEST_TIMEOUT_MS,
  );

  it(
    'reports a watch RBAC refuses once per collection, backs off, and follows once a binding allows it',
    async () => {
      const { changes, refusals, abort } = follow(nobody.token);
      try {
        await until('both watches were refused', () => refusals.length === 2);
        // Three retries' worth: each refusal after the first is retried, but not reported again.
        await new Promise((resolve) => setTimeout(resolve, 4_000));
        expect(refusals.sort()).toEqual([
          `Kubernetes refused to watch /api/v1/namespaces/${NAMESPACE}/services (403): the plugin needs the watch verb there`,
          `Kubernetes refused to watch /apis/${ECK_API.group}/${ECK_API.version}/namespaces/${NAMESPACE}/${ECK_API.plural} (403): the plugin needs the watch verb there`,
        ]);
        expect(changes).toEqual([]);

        // A refusal is not final (a restarting API server gives 403 until its RBAC cache syncs).
        await bindClusterRole(adminKubeConfig(controlPlane!), NOBODY, {
          ...shippedClusterRole(),
          metadata: { name: 'nobody-eck-remote-clusters' },
        });
        const { afterMs } = await eventually(async () => {
          if (!['Elasticsearch', 'Service'].every((kind) => changes.some((c) => c.kind === kind)))
            throw new Error(`after the binding only ${JSON.stringify(changes)} arrived`);
        }, 60_000);
        report(`watch resume: a refused watch followed ${afterMs} ms after the ClusterRoleBinding was in force`);
        // Under 30 s, the longest backoff: it retried on its own, no new watch was needed.
        expect(afterMs).toBeLessThan(31_000);
        expect(refusals).toHaveLength(2);
      } finally {
        abort.abort();
      }
    },
    RESUME_TEST_TIMEOUT_MS,
  );
  it(
    'sends the first call after a restart on a new connection: a kept-alive one never outlives the API server',
    async () => {
      const { gateway } = plugin();
      // Two calls before: the second reuses the first's connection, which the restart then ends.
      for (let i = 0; i < 2; i++) expect((await gateway.getElasticsearch(NAMESPACE, NAME))?.metadata?.name).toBe(NAME);
      await controlPlane!.restartKubeApiserver();
      // Right after /readyz, RBAC may still refuse while its cache syncs; what must never happen is a
      // call failing because it was sent on the dead connection.
      const first = await gateway.getElasticsearch(NAMESPACE, NAME).then(
        (resource) => resource?.metadata?.name,
        (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`,
      );
      expect([NAME, expect.stringMatching(/^KUBERNETES_FORBIDDEN: /)]).toContainEqual(first);
      const { afterMs } = await eventually(async () => {
        if ((await gateway.getElasticsearch(NAMESPACE, NAME))?.metadata?.name !== NAME) throw new Error('not read');
      }, RESUME_WITHIN_MS);
      report(`kept-alive connection: first call after the restart answered "${first}"; read ${afterMs} ms later`);
    },
    RESUME_TEST_TIMEOUT_MS,
  );
});

/** The first event a raw watch from `resourceVersion` gets. */
async function watchFrom(kubeConfig: KubeConfig, resourceVersion: string) {
  let first: (event: { type: string; object: unknown }) => void = () => undefined;
  const event = new Promise<{ type: string; object: unknown }>((resolve) => (first = resolve));
  const controller = await new Watch(kubeConfig).watch(
    `/apis/${ECK_API.group}/${ECK_API.version}/namespaces/${NAMESPACE}/${ECK_API.plural}`,
    { resourceVersion },
    (type, object) => first({ type, object }),
    (error) => first({ type: 'ENDED', object: error }),
  );
  try {
    return await event;
  } finally {
    controller.abort();
  }
}
