import { connect } from 'node:net';
import type { V1ClusterRole, V1ConfigMap, V1Service } from '@kubernetes/client-node';
import { ECK_LABELS } from '../../../common/eck/eck_names';
import {
  PLUGIN_SERVICE_LABEL,
  separateServiceName,
} from '../../../common/plan/api_key/expose_remote_cluster_server_step';
import { planCertificateConnection } from '../../../server/connection/apply_certificate_step';
import { observeEckCluster } from '../../../server/connection/observe_eck_cluster';
import { discoverEckClusters } from '../../../server/discovery/discover_eck_clusters';
import type { KubernetesGateway } from '../../../server/gateways/kubernetes/kubernetes_gateway';
import { ALL_NAMESPACES } from '../../../server/gateways/kubernetes/namespace_scope';
import { pinnedOperators } from '../eck-operator/operator_binaries';
import { createElasticsearch, startEckWorld, untilObserved, type EckWorld } from './eck_world';
import { adminKubeConfig, bindClusterRole, connectAsPlugin, shippedClusterRole } from './plugin_identity';
import { connectionRequest, planFor, routeServices, START_TIMEOUT_MS, stepOf, TEST_TIMEOUT_MS } from './route_services';

const NAMESPACE = 'rbac';
const NAME = 'logs';

/** One verb of one rule of deploy/kubernetes/cluster-role.yaml, and the plugin call that needs it. */
interface RuleUse {
  verb: string;
  resource: string;
  usedBy: string;
  call: (gateway: KubernetesGateway) => Promise<unknown>;
}

let separateServices = 0;
/** A fresh name each time: creating the same Service twice is a 409, which is not what a row tests. */
const separateService = (): V1Service => ({
  metadata: {
    name: `${separateServiceName(NAME)}${separateServices++ > 0 ? `-${separateServices}` : ''}`,
    labels: { [ECK_LABELS.clusterName]: NAME, ...PLUGIN_SERVICE_LABEL },
  },
  spec: { type: 'LoadBalancer', selector: { [ECK_LABELS.clusterName]: NAME }, ports: [{ port: 9443 }] },
});

const TRUST_CONFIG_MAP = `${NAME}-remote-ca`;
let trustConfigMaps = 0;
/** A fresh name after the first, as for the Service: the rows that patch it use the first one. */
const trustConfigMap = (): V1ConfigMap => ({
  metadata: { name: `${TRUST_CONFIG_MAP}${trustConfigMaps++ > 0 ? `-${trustConfigMaps}` : ''}` },
  data: { 'ca.crt': '' },
});

/** In the order the steps use them: the Service and the ConfigMap are created before they are patched. */
const RULE_USES: RuleUse[] = [
  {
    verb: 'list',
    resource: 'elasticsearches',
    usedBy: 'discovery',
    call: (g) => discoverEckClusters(g, ALL_NAMESPACES),
  },
  { verb: 'list', resource: 'services', usedBy: 'discovery', call: (g) => discoverEckClusters(g, ALL_NAMESPACES) },
  { verb: 'get', resource: 'elasticsearches', usedBy: 'observing', call: (g) => observeEckCluster(g, NAMESPACE, NAME) },
  { verb: 'get', resource: 'secrets', usedBy: 'the transport CA', call: (g) => observeEckCluster(g, NAMESPACE, NAME) },
  {
    verb: 'patch',
    resource: 'elasticsearches',
    usedBy: 'enabling the remote cluster server',
    call: (g) => g.mergePatchElasticsearch(NAMESPACE, NAME, { spec: { remoteClusterServer: { enabled: true } } }),
  },
  {
    verb: 'create',
    resource: 'services',
    usedBy: 'the separate Service',
    call: (g) => g.createService(NAMESPACE, separateService()),
  },
  {
    verb: 'patch',
    resource: 'services',
    usedBy: 'correcting the separate Service',
    call: (g) => g.mergePatchService(NAMESPACE, separateServiceName(NAME), { spec: { type: 'LoadBalancer' } }),
  },
  {
    verb: 'list',
    resource: 'pods',
    usedBy: 'finding a pod to port-forward to',
    call: (g) => g.listPods(NAMESPACE, `${ECK_LABELS.clusterName}=${NAME}`),
  },
  {
    verb: 'get',
    resource: 'configmaps',
    usedBy: 'reading the CAs ECK already trusts (certificate model)',
    call: (g) => g.getConfigMap(NAMESPACE, TRUST_CONFIG_MAP),
  },
  {
    verb: 'create',
    resource: 'configmaps',
    usedBy: 'creating the trust ConfigMap (certificate model)',
    call: (g) => g.createConfigMap(NAMESPACE, trustConfigMap()),
  },
  {
    verb: 'patch',
    resource: 'configmaps',
    usedBy: 'adding the local CA to the trust ConfigMap (certificate model)',
    call: (g) => g.mergePatchConfigMap(NAMESPACE, TRUST_CONFIG_MAP, { data: { 'ca.crt': '' } }),
  },
];

/**
 * Granted by the shipped role, but neither a gateway call nor the preflight's access review asks
 * for them today (the watches of connection events use `watch`; the preflight asks for create on
 * pods/portforward).
 */
const UNUSED = [['get', 'services']];
/** Missing permissions the plan's preflight names; the reads of observing fail the plan outright instead. */
const PREFLIGHT_CHECKED = [
  ['patch', 'elasticsearches', 'patch elasticsearches.elasticsearch.k8s.elastic.co'],
  ['create', 'services', 'create services'],
  ['patch', 'services', 'patch services'],
  ['list', 'pods', 'list pods'],
  ['get', 'pods/portforward', 'get pods/portforward'],
  ['create', 'pods/portforward', 'create pods/portforward'],
];
const API_KEY_CONNECTION = connectionRequest(NAMESPACE, NAME, 'expose_remote_cluster_server');
/** The certificate model's preflight reviews the trust ConfigMap's verbs too. */
const CERTIFICATE_PREFLIGHT_CHECKED = [
  ['get', 'configmaps'],
  ['create', 'configmaps'],
  ['patch', 'configmaps'],
];
const CERTIFICATE_CONNECTION = {
  target: { alias: NAME, namespace: NAMESPACE, name: NAME },
  choices: {
    exposure: { type: 'LoadBalancer' as const, port: 9300, annotations: {} },
    access: { search: [{ names: ['logs-*'] }] },
    skipUnavailable: true,
    replaceExisting: false,
  },
};

const userWithout = (verb: string, resource: string) => `kibana-without-${verb}-${resource.replace('/', '-')}`;
const ONLY_USED = 'kibana-with-only-the-used-rules';

/** The shipped ClusterRole minus some verbs, as an admin trimming it would apply it. */
function shippedRoleWithout(name: string, removed: string[][]): V1ClusterRole {
  const role = shippedClusterRole();
  const rules = role.rules!.map((rule) => ({
    ...rule,
    verbs: rule.verbs.filter((verb) => !removed.some(([v, r]) => v === verb && rule.resources!.includes(r))),
  }));
  return { ...role, metadata: { ...role.metadata, name }, rules: rules.filter((rule) => rule.verbs.length > 0) };
}

/** A port-forward fails only once a connection goes through the tunnel, and only into its error list. */
async function forwardErrors(gateway: KubernetesGateway): Promise<string[]> {
  const tunnel = await gateway.openTunnel(NAMESPACE, `${NAME}-es-default-0`, 9200);
  const socket = connect(tunnel.localPort, '127.0.0.1');
  await new Promise((resolve) => socket.once('close', resolve));
  await tunnel.close();
  return tunnel.errors;
}

describe('the shipped ClusterRole against a real kube-apiserver', () => {
  const { version } = pinnedOperators().at(-1)!;
  let world: EckWorld | undefined;
  const as = (user: string) => {
    if (!world!.tokens[user]) throw new Error(`${user} is not in the static token file`);
    return connectAsPlugin(world!.controlPlane, world!.tokens[user]).gateway;
  };

  beforeAll(async () => {
    const portForward = [
      ['get', 'pods/portforward'],
      ['create', 'pods/portforward'],
    ];
    const trimmed = [...RULE_USES.map(({ verb, resource }) => [verb, resource]), ...portForward];
    world = await startEckWorld(version, {
      watched: [NAMESPACE],
      users: [...trimmed.map(([verb, resource]) => userWithout(verb, resource)), ONLY_USED],
    });
    const admin = adminKubeConfig(world.controlPlane);
    for (const [verb, resource] of trimmed) {
      const user = userWithout(verb, resource);
      await bindClusterRole(admin, user, shippedRoleWithout(user, [[verb, resource]]));
    }
    await bindClusterRole(admin, ONLY_USED, shippedRoleWithout(ONLY_USED, UNUSED));
    await createElasticsearch(world, NAMESPACE, NAME);
    await untilObserved(world, NAMESPACE, NAME);
  }, START_TIMEOUT_MS);

  afterAll(() => world?.stop(), TEST_TIMEOUT_MS);

  it(
    `is sufficient: every call, and the preflight's access review, pass with it alone (ECK ${version})`,
    async () => {
      for (const { call } of RULE_USES) await call(world!.plugin.gateway);
      const plan = await planFor(routeServices(world!.plugin.gateway), API_KEY_CONNECTION);
      expect(stepOf(plan, 'preflight').status).toBe('done');
    },
    TEST_TIMEOUT_MS,
  );

  it.each(RULE_USES)(
    'is necessary: without $verb $resource, $usedBy fails with KUBERNETES_FORBIDDEN naming both',
    async ({ verb, resource, call }) => {
      const error = await call(as(userWithout(verb, resource))).then(
        () => new Error('the call passed'),
        (failure: Error) => failure,
      );
      process.stderr.write(`k8s-env/plugin: without ${verb} ${resource}: ${error.message}\n`);
      expect(error).toMatchObject({ code: 'KUBERNETES_FORBIDDEN' });
      expect(error.message).toContain(`Kubernetes refused to ${verb} ${resource} (403 Forbidden)`);
      expect(error.message).toContain(`cannot ${verb} resource "${resource}"`);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'without patch elasticsearches, observing still works but cannot probe whether the CRD keeps the service field',
    async () => {
      const eck = await observeEckCluster(as(userWithout('patch', 'elasticsearches')), NAMESPACE, NAME);
      expect(eck.remoteClusterServer.serviceFieldInCrd).toBeNull();
    },
    TEST_TIMEOUT_MS,
  );

  it.each(PREFLIGHT_CHECKED)(
    'is checked: without %s %s, the preflight of the plan is blocked and names it',
    async (verb, resource, named) => {
      const plan = await planFor(routeServices(as(userWithout(verb, resource))), API_KEY_CONNECTION);
      expect(stepOf(plan, 'preflight')).toMatchObject({
        status: 'blocked',
        reason: expect.stringContaining(`The plugin lacks Kubernetes permissions: ${named}. Apply deploy/kubernetes/`),
      });
    },
    TEST_TIMEOUT_MS,
  );

  it.each(CERTIFICATE_PREFLIGHT_CHECKED)(
    'is checked: without %s %s, the certificate model’s preflight is blocked and names it',
    async (verb, resource) => {
      const services = routeServices(as(userWithout(verb, resource)));
      const plan = await planCertificateConnection(services, CERTIFICATE_CONNECTION);
      expect(plan.steps.find((s) => s.id === 'preflight')).toMatchObject({
        status: 'blocked',
        reason: expect.stringContaining(`The plugin lacks Kubernetes permissions: ${verb} ${resource}. Apply deploy/`),
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'needs get, not create, on pods/portforward for the WebSocket forward, and reports a refusal only as a bare 403',
    async () => {
      // No pod exists here, so the allowed forward ends in a 404 from the pod lookup.
      expect(await forwardErrors(world!.plugin.gateway)).toEqual(['Unexpected server response: 404']);
      expect(await forwardErrors(as(userWithout('create', 'pods/portforward')))).toEqual([
        'Unexpected server response: 404',
      ]);
      expect(await forwardErrors(as(userWithout('get', 'pods/portforward')))).toEqual([
        'Unexpected server response: 403',
      ]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'grants verbs that nothing uses yet: every call, and the preflight, pass without them',
    async () => {
      for (const { call } of RULE_USES) await call(as(ONLY_USED));
      const plan = await planFor(routeServices(as(ONLY_USED)), API_KEY_CONNECTION);
      expect(stepOf(plan, 'preflight').status).toBe('done');
    },
    TEST_TIMEOUT_MS,
  );
});
