import { Client } from '@elastic/elasticsearch';
import type { ApiKeyConnectionRequest, ApiKeyPlanResponse } from '../../common/api/api_key_connection';
import type { ApiKeyStepId } from '../../common/plan/api_key/api_key_steps';
import type { CertificatePlanResponse } from '../../common/api/certificate_connection';
import { CERTIFICATE_STEP_IDS, type CertificateStepId } from '../../common/plan/certificate/certificate_steps';
import type { PlanStep } from '../../common/plan/plan_types';
import { SEED_PASSWORDS, type SeedUsername } from '../../dev/sandbox/elasticsearch';
import { CORE_TYPES, ELASTICSEARCH_TYPE } from '../../dev/sandbox/kubernetes/resource_types';
import { createNodeActions } from '../../dev/sandbox/nodes';
import { certificateRequest, followOnNode } from '../support/certificate_fixtures';
import { eventually, hostApiClient } from '../support/host_api_client';
import { nodeManualSteps } from '../support/node_manual_steps';
import { scannedSandboxHosts } from '../support/sandbox_hosts';

jest.setTimeout(120_000);

const SERVICES = CORE_TYPES.find((type) => type.plural === 'services')!;
const CONFIG_MAPS = CORE_TYPES.find((type) => type.plural === 'configmaps')!;

const request = (namespace: string, name: string, alias: string): ApiKeyConnectionRequest => ({
  target: { alias, namespace, name },
  choices: {
    exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
    access: { search: [{ names: ['logs-*'] }] },
    skipUnavailable: true,
    replaceExisting: false,
  },
});

const stepOf = (plan: ApiKeyPlanResponse | CertificatePlanResponse, id: ApiKeyStepId | CertificateStepId) =>
  plan.steps.find((s) => s.id === id) as PlanStep;

type CertificateRequest = ReturnType<typeof certificateRequest>;
/** The certificate model's request for another ECK cluster than the API key flow's. */
const certificateRequestFor = (localCa: string, namespace: string, name: string, alias: string) => ({
  ...certificateRequest(localCa, `${alias}_readers`),
  target: { alias, namespace, name },
});

/**
 * Two standalone hosts (two Kibana instances behind a load balancer) on one sandbox: the server
 * keeps nothing between requests, so any instance answers any request of a flow, and two admins
 * applying the same step at once end with one result.
 */
describe('many Kibana instances on one sandbox', () => {
  const served = [0, 0];
  const suite = scannedSandboxHosts({
    hosts: 2,
    world: { timings: { rollingRestartMs: 100, loadBalancerDelayMs: 100 }, sslFileReloadDelayMs: 100 },
  });

  /** Each request to one of the hosts at random, as a load balancer without affinity sends them. */
  function anyHost(user: SeedUsername) {
    const clients = suite.hosts.urls.map((url) => hostApiClient(url, user, suite.scanner.tap));
    const pick = () => {
      const index = Math.floor(Math.random() * clients.length);
      served[index] += 1;
      return clients[index];
    };
    return {
      plan: (body: ApiKeyConnectionRequest) => pick().plan(body),
      apply: (body: ApiKeyConnectionRequest, step: ApiKeyStepId) => pick().apply(body, step),
      planCertificate: (body: CertificateRequest) => pick().planCertificate(body),
      applyCertificate: (body: CertificateRequest, step: CertificateStepId) => pick().applyCertificate(body, step),
    };
  }

  it('completes the API key flow with every request sent to a random instance, up to a cross-cluster search', async () => {
    const admin = anyHost('admin');
    const metrics = request('search-ops', 'metrics-prod', 'metrics');
    const plan = async () => (await admin.plan(metrics)).body;
    const manual = nodeManualSteps(suite.hosts.world);

    expect((await admin.apply(metrics, 'enable_remote_cluster_server')).status).toBe(200);
    await eventually(plan, (p) => stepOf(p, 'enable_remote_cluster_server').status === 'done');
    await admin.apply(metrics, 'expose_remote_cluster_server');
    await eventually(plan, (p) => stepOf(p, 'expose_remote_cluster_server').changes[0]?.kind === 'kubernetes_create');
    await admin.apply(metrics, 'expose_remote_cluster_server');
    await eventually(plan, (p) => stepOf(p, 'expose_remote_cluster_server').status === 'done');

    const created = await admin.apply(metrics, 'create_api_key');
    expect(created.status).toBe(200);
    const encoded = created.body.apiKey!.encoded;
    expect(manual.addCredentials(stepOf(created.body.plan, 'add_credentials_to_keystore'), encoded)).toEqual([0, 0, 0]);
    expect((await admin.apply(metrics, 'add_credentials_to_keystore')).body.reloadFailures).toEqual([]);
    manual.trustCa(stepOf(await plan(), 'trust_ca_on_local_nodes'));
    await eventually(plan, (p) => stepOf(p, 'trust_ca_on_local_nodes').status === 'done', 20_000);
    expect((await admin.apply(metrics, 'configure_remote')).status).toBe(200);
    await eventually(plan, (p) => stepOf(p, 'verify').status === 'done', 20_000);
    expect((await anyHost('elastic').apply(metrics, 'create_local_role')).status).toBe(200);

    // Both instances see the same finished plan, computed from the same live state.
    const [one, other] = await Promise.all(
      suite.hosts.urls.map(async (url) => (await hostApiClient(url, 'elastic', suite.scanner.tap).plan(metrics)).body),
    );
    expect(one).toEqual(other);
    expect(one.steps.map((s) => s.status)).toEqual(one.steps.map(() => 'done'));
    expect(served.every((count) => count > 0)).toBe(true);

    const ccsUser = new Client({
      node: suite.hosts.world.localElasticsearchUrl,
      auth: { username: 'ccs_user', password: SEED_PASSWORDS.ccs_user },
    });
    const result = await ccsUser.search({ index: 'metrics:logs-*', size: 10 });
    await ccsUser.close();
    expect(result._clusters).toMatchObject({ total: 1, successful: 1 });
    expect(result.hits.hits.length).toBeGreaterThan(0);
  });

  it('two admins on two instances expose the same cluster at once: one Service, both told the truth', async () => {
    const logs = request('search-prod', 'logs-prod', 'logs');
    const [first, second] = suite.hosts.urls.map((url) => hostApiClient(url, 'admin', suite.scanner.tap));
    const answers = await Promise.all([
      first.apply(logs, 'expose_remote_cluster_server'),
      second.apply(logs, 'expose_remote_cluster_server'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    await eventually(
      async () => (await first.plan(logs)).body,
      (p) => stepOf(p, 'expose_remote_cluster_server').status === 'done',
    );
    const services = suite.hosts.world.kubernetes.store
      .list(SERVICES, 'search-prod', [])
      .filter((service) => service.metadata.name.startsWith('logs-prod-es-remote-cluster'));
    expect(services.map((service) => service.metadata.name)).toEqual(['logs-prod-es-remote-cluster']);
  });

  it('two admins on two instances create the key at once: one valid key, shown once', async () => {
    const logs = request('search-prod', 'logs-prod', 'logs');
    const [first, second] = suite.hosts.urls.map((url) => hostApiClient(url, 'admin', suite.scanner.tap));
    const answers = await Promise.all([first.apply(logs, 'create_api_key'), second.apply(logs, 'create_api_key')]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const shown = answers.filter((answer) => answer.body.apiKey !== undefined);
    expect(shown).toHaveLength(1);
    const valid = suite.hosts.world.operator
      .elasticsearch('search-prod', 'logs-prod')!
      .model.apiKeys.list()
      .filter((key) => key.name === 'kibana-remote-logs' && !key.invalidated);
    expect(valid.map((key) => key.id)).toEqual([shown[0].body.apiKey!.id]);
    const other = answers.find((answer) => answer.body.apiKey === undefined)!;
    expect(other.body.applied).toBe(false);
    expect(stepOf(other.body.plan, 'create_api_key').status).toBe('done');
  });

  it('two admins on two instances make ECK trust the local CA at once: one ConfigMap with the CA once, one reference', async () => {
    const { world } = suite.hosts;
    const localCa = world.localElasticsearch.transportCa.certificatePem;
    const basic = certificateRequestFor(localCa, 'team-basic', 'basic-search', 'basic');
    const [first, second] = suite.hosts.urls.map((url) => hostApiClient(url, 'admin', suite.scanner.tap));
    const answers = await Promise.all([
      first.applyCertificate(basic, 'trust_local_ca_on_eck'),
      second.applyCertificate(basic, 'trust_local_ca_on_eck'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    await eventually(
      async () => (await second.planCertificate(basic)).body,
      (p) => stepOf(p, 'trust_local_ca_on_eck').status === 'done',
    );
    const configMaps = world.kubernetes.store.list(CONFIG_MAPS, 'team-basic', []);
    expect(configMaps.map((c) => [c.metadata.name, (c.data as Record<string, string>)['ca.crt']])).toEqual([
      ['basic-search-remote-ca', localCa.endsWith('\n') ? localCa : `${localCa}\n`],
    ]);
    const es = world.kubernetes.store.get(ELASTICSEARCH_TYPE, 'team-basic', 'basic-search')!;
    expect(es.spec).toMatchObject({
      transport: { tls: { certificateAuthorities: { configMapName: 'basic-search-remote-ca' } } },
    });
  });

  it('completes the certificate flow with every request sent to a random instance; both compute the same plan', async () => {
    const { world } = suite.hosts;
    const basic = certificateRequestFor(
      world.localElasticsearch.transportCa.certificatePem,
      'team-basic',
      'basic-search',
      'basic',
    );
    const admin = anyHost('admin');
    const elastic = anyHost('elastic');
    const plan = async () => (await admin.planCertificate(basic)).body;

    // Applied by the two admins above when the whole suite runs: then a no-op, answered 200 all the same.
    expect((await admin.applyCertificate(basic, 'trust_local_ca_on_eck')).status).toBe(200);
    expect((await admin.applyCertificate(basic, 'expose_transport')).status).toBe(200);
    const exposed = await eventually(
      plan,
      (p) => stepOf(p, 'trust_local_ca_on_eck').status === 'done' && stepOf(p, 'expose_transport').status === 'done',
    );
    const nodes = createNodeActions(world.localElasticsearch);
    const trust = stepOf(exposed, 'trust_eck_ca_on_local_nodes');
    for (const node of trust.instructions!.pendingNodes) followOnNode(nodes, node, trust.instructions!);
    nodes.rollingRestart();
    await eventually(plan, (p) => stepOf(p, 'trust_eck_ca_on_local_nodes').status === 'done', 20_000);
    expect((await admin.applyCertificate(basic, 'configure_remote')).status).toBe(200);
    await eventually(plan, (p) => stepOf(p, 'verify').status !== 'blocked', 20_000);
    expect((await elastic.applyCertificate(basic, 'create_remote_role')).status).toBe(200);
    expect((await elastic.applyCertificate(basic, 'create_local_role')).status).toBe(200);
    const local = world.localElasticsearch.model;
    local.putUser({
      ...local.users.get('ccs_user')!,
      roles: [...local.users.get('ccs_user')!.roles, 'basic_readers'],
    });

    const [one, other] = await Promise.all(
      suite.hosts.urls.map(
        async (url) => (await hostApiClient(url, 'elastic', suite.scanner.tap).planCertificate(basic)).body,
      ),
    );
    expect(one).toEqual(other);
    expect(Object.fromEntries(one.steps.map((s) => [s.id, s.status]))).toEqual(
      Object.fromEntries(CERTIFICATE_STEP_IDS.map((id) => [id, 'done'])),
    );
  });
});
