import type { ApplyCertificateStepRequest, CertificatePlanResponse } from '../../../common/api/certificate_connection';
import { eckServiceNames } from '../../../common/eck/eck_names';
import type { CertificateStepId } from '../../../common/plan/certificate/certificate_steps';
import { createCertificateAuthority } from '../../../dev/sandbox/tls/certificate_authority';
import { applyCertificateStep, planCertificateConnection } from '../../../server/connection/apply_certificate_step';
import type { KubernetesGateway } from '../../../server/gateways/kubernetes/kubernetes_gateway';
import { eventually } from '../eck-operator/eventually';
import { pinnedOperators } from '../eck-operator/operator_binaries';
import {
  createElasticsearch,
  readElasticsearch,
  setLoadBalancerIngress,
  startEckWorld,
  untilObserved,
  untilService,
  type EckWorld,
} from './eck_world';
import { report, routeServices, START_TIMEOUT_MS, TEST_TIMEOUT_MS } from './route_services';

// Both watched: ECK's merge of the extra CAs into the public Secret is what tells the step it took effect.
const SHARED = 'shared-cas';
const CONFLICT = 'conflict';
const CONFIG_MAP = 'remote-cas';
const NAME = 'logs';

const stepOf = (plan: CertificatePlanResponse, id: CertificateStepId) => plan.steps.find((s) => s.id === id)!;
const pemBlocks = (bundle = '') => bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
const sameBlocks = (bundle: string | undefined, ...pems: string[]) =>
  expect(pemBlocks(bundle)).toEqual(pems.flatMap((pem) => pemBlocks(pem)));

/**
 * The certificate model's Kubernetes steps through the plugin's own plan and apply, with a token
 * bound only to the shipped ClusterRole, against each real ECK operator and its CRD: adding the local
 * transport CA to a ConfigMap the cluster already trusts (its CAs kept), an admin's edit racing the
 * plugin's (409, nothing lost), and exposing transport through `spec.transport.service`.
 */
describe.each(pinnedOperators())('certificate model steps with the real ECK $version', ({ version }) => {
  let world: EckWorld | undefined;
  let cas: { otherRemote: string; adminsLater: string; local: string };

  beforeAll(async () => {
    world = await startEckWorld(version, { watched: [SHARED, CONFLICT] });
    const [otherRemote, adminsLater, local] = await Promise.all(
      ['CN=Another remote transport CA', 'CN=An admin edit', 'CN=Local transport CA'].map((subject) =>
        createCertificateAuthority(subject),
      ),
    );
    cas = {
      otherRemote: otherRemote.certificatePem,
      adminsLater: adminsLater.certificatePem,
      local: local.certificatePem,
    };
  }, START_TIMEOUT_MS);

  afterAll(() => world?.stop(), TEST_TIMEOUT_MS);

  const request = (namespace: string): Omit<ApplyCertificateStepRequest, 'step'> => ({
    target: { alias: NAME, namespace, name: NAME },
    choices: {
      exposure: { type: 'LoadBalancer', port: 9300, annotations: {} },
      localTransportCa: cas.local,
      access: { search: [{ names: ['logs-*'] }] },
      skipUnavailable: true,
      replaceExisting: false,
    },
  });
  const services = (gateway: KubernetesGateway = world!.plugin.gateway) => routeServices(gateway);
  const apply = (namespace: string, step: CertificateStepId, gateway?: KubernetesGateway) =>
    applyCertificateStep(services(gateway), { ...request(namespace), step });
  const plan = (namespace: string) => planCertificateConnection(services(), request(namespace));
  const readConfigMap = (namespace: string) => world!.core.readNamespacedConfigMap({ namespace, name: CONFIG_MAP });

  /** What an admin set up before: a ConfigMap of CAs the cluster trusts (another remote's). */
  async function clusterTrusting(namespace: string) {
    await world!.core.createNamespacedConfigMap({
      namespace,
      body: { metadata: { name: CONFIG_MAP }, data: { 'ca.crt': cas.otherRemote } },
    });
    await createElasticsearch(world!, namespace, NAME, {
      transport: { tls: { certificateAuthorities: { configMapName: CONFIG_MAP } } },
    });
    await untilObserved(world!, namespace, NAME);
    const { value } = await eventually(async () => {
      const current = await plan(namespace);
      if (stepOf(current, 'trust_local_ca_on_eck').status !== 'ready') throw new Error(JSON.stringify(current.steps));
      return current;
    });
    return value;
  }

  /** ECK's public transport Secret: its own CA, then every CA of the referenced ConfigMap. */
  const publicBundle = async (namespace: string) => {
    const secret = await world!.core.readNamespacedSecret({ namespace, name: `${NAME}-es-transport-certs-public` });
    return Buffer.from(secret.data?.['ca.crt'] ?? '', 'base64').toString('utf8');
  };

  it(
    'adds the local CA to the ConfigMap the cluster references, keeping its CAs; ECK merges both; then exposes transport through spec.transport.service',
    async () => {
      const ready = await clusterTrusting(SHARED);
      // Already referenced: only the ConfigMap changes, guarded by its resourceVersion.
      expect(stepOf(ready, 'trust_local_ca_on_eck').changes).toMatchObject([
        { kind: 'kubernetes_patch', resource: { kind: 'ConfigMap', name: CONFIG_MAP } },
      ]);

      expect((await apply(SHARED, 'trust_local_ca_on_eck')).applied).toBe(true);
      sameBlocks((await readConfigMap(SHARED)).data?.['ca.crt'], cas.otherRemote, cas.local);
      const { afterMs } = await eventually(async () => {
        const step = stepOf(await plan(SHARED), 'trust_local_ca_on_eck');
        if (step.status !== 'done') throw new Error(step.reason);
      });
      report(`${version}: the local CA, added beside another, reached the public transport Secret in ${afterMs} ms`);
      const bundle = pemBlocks(await publicBundle(SHARED));
      expect(bundle.slice(1)).toEqual([...pemBlocks(cas.otherRemote), ...pemBlocks(cas.local)]);
      const stored = await readElasticsearch(world!, SHARED, NAME);
      expect(stored.spec?.transport).toMatchObject({ tls: { certificateAuthorities: { configMapName: CONFIG_MAP } } });

      // spec.transport.service: every ECK 3.x has it; the headless transport Service becomes a load balancer.
      const transport = eckServiceNames(NAME).transport;
      expect((await apply(SHARED, 'expose_transport')).applied).toBe(true);
      const exposed = await untilService(world!, SHARED, transport, (s) => s.spec?.type === 'LoadBalancer');
      report(`${version}: ${transport} became a LoadBalancer ${exposed.afterMs} ms after the apply`);
      expect(exposed.value.spec?.ports?.map((port) => port.port)).toContain(9300);
      await setLoadBalancerIngress(world!, SHARED, transport, '203.0.113.40');
      const { value: done } = await eventually(async () => {
        const current = await plan(SHARED);
        if (stepOf(current, 'expose_transport').status !== 'done')
          throw new Error(stepOf(current, 'expose_transport').reason);
        return current;
      });
      expect(stepOf(done, 'expose_transport').reason).toContain('203.0.113.40:9300');

      // Applied again (another click, another Kibana): nothing is written.
      const before = (await readConfigMap(SHARED)).metadata?.resourceVersion;
      const generation = (await readElasticsearch(world!, SHARED, NAME)).metadata.generation;
      expect((await apply(SHARED, 'trust_local_ca_on_eck')).applied).toBe(false);
      expect((await apply(SHARED, 'expose_transport')).applied).toBe(false);
      expect((await readConfigMap(SHARED)).metadata?.resourceVersion).toBe(before);
      expect((await readElasticsearch(world!, SHARED, NAME)).metadata.generation).toBe(generation);
    },
    TEST_TIMEOUT_MS * 2,
  );

  it(
    'an admin editing the ConfigMap between plan and write: 409, nothing lost, and applying again keeps all three CAs',
    async () => {
      await clusterTrusting(CONFLICT);
      const gateway = world!.plugin.gateway;
      // The admin's edit lands after the plugin planned (from the old resourceVersion) and before it writes.
      const racing: KubernetesGateway = {
        ...gateway,
        mergePatchConfigMap: async (namespace, name, patch) => {
          await world!.core.patchNamespacedConfigMap({
            namespace,
            name,
            body: [{ op: 'replace', path: '/data/ca.crt', value: `${cas.otherRemote}${cas.adminsLater}` }],
          });
          return gateway.mergePatchConfigMap(namespace, name, patch);
        },
      };

      const refused = await apply(CONFLICT, 'trust_local_ca_on_eck', racing).catch((error: unknown) => error);
      expect(refused).toMatchObject({
        code: 'KUBERNETES_CONFLICT',
        message: expect.stringContaining('Kubernetes refused to patch configmaps (409 Conflict)'),
      });
      // The admin's edit stands, and the plugin wrote nothing: no half-applied state.
      sameBlocks((await readConfigMap(CONFLICT)).data?.['ca.crt'], cas.otherRemote, cas.adminsLater);

      // The retry the error asks for: a new plan from the new state, which keeps the admin's CA too.
      expect((await apply(CONFLICT, 'trust_local_ca_on_eck')).applied).toBe(true);
      sameBlocks((await readConfigMap(CONFLICT)).data?.['ca.crt'], cas.otherRemote, cas.adminsLater, cas.local);
      await eventually(async () => {
        const step = stepOf(await plan(CONFLICT), 'trust_local_ca_on_eck');
        if (step.status !== 'done') throw new Error(step.reason);
      });
    },
    TEST_TIMEOUT_MS,
  );
});
