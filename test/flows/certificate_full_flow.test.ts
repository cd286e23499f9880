import { Client } from '@elastic/elasticsearch';
import type { CertificatePlanResponse } from '../../common/api/certificate_connection';
import { CERTIFICATE_STEP_IDS } from '../../common/plan/certificate/certificate_steps';
import type { PlanStep } from '../../common/plan/plan_types';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { CORE_TYPES, ELASTICSEARCH_TYPE } from '../../dev/sandbox/kubernetes/resource_types';
import { createCertificateAuthority } from '../../dev/sandbox/tls/certificate_authority';
import { createNodeActions } from '../../dev/sandbox/nodes';
import { PLUGIN_TOKEN } from '../../dev/sandbox/world';
import { certificateRequest, expiredCa, followOnNode, leafCertificate } from '../support/certificate_fixtures';
import { scannedFlowApp } from '../support/flow_app';
import { eventually, hostApiClient } from '../support/host_api_client';
import { sandboxActivity } from '../support/sandbox_activity';
import { searchAsCcsUser } from './ccs_user_search';

jest.setTimeout(120_000);

const SECRETS = CORE_TYPES.find((type) => type.plural === 'secrets')!;
const CONFIG_MAPS = CORE_TYPES.find((type) => type.plural === 'configmaps')!;
const stepOf = (plan: CertificatePlanResponse, id: string) => plan.steps.find((s) => s.id === id) as PlanStep;
const statuses = (plan: CertificatePlanResponse) => Object.fromEntries(plan.steps.map((s) => [s.id, s.status]));

/**
 * The seed procedure's TLS certificate tab, end to end through the standalone host: the plugin
 * applies the Kubernetes and Elasticsearch API steps, the manual step is carried out on the
 * simulated nodes exactly as the plan writes it, up to a cross-cluster search by the CCS user.
 */
describe('certificate flow, from discovery to a cross-cluster search', () => {
  const suite = scannedFlowApp();

  const request = () => certificateRequest(suite.app.world!.localElasticsearch.transportCa.certificatePem);

  it('connects logs-prod as the remote "logs" in the certificate model', async () => {
    const admin = hostApiClient(suite.app.baseUrl, 'admin', suite.scanner.tap);
    const nodes = createNodeActions(suite.app.world!.localElasticsearch);
    const plan = async () => (await admin.planCertificate(request())).body;

    const first = await plan();
    expect(statuses(first)).toEqual({
      preflight: 'done',
      trust_eck_ca_on_local_nodes: 'manual',
      trust_local_ca_on_eck: 'ready',
      expose_transport: 'ready',
      configure_remote: 'blocked',
      // The admin has manage but not manage_security: the role requests are handed over.
      create_remote_role: 'manual',
      create_local_role: 'manual',
      verify: 'blocked',
    });
    expect(first).toMatchObject({
      deprecated: true,
      apiKeyModel: { qualifies: true },
      localTransportTls: { style: 'pem', source: 'observed' },
      roleName: 'logs_readers',
    });

    // ECK trusts the local CA: a ConfigMap with ca.crt, referenced by spec.transport.tls.certificateAuthorities.
    expect((await admin.applyCertificate(request(), 'trust_local_ca_on_eck')).body.applied).toBe(true);
    const configMap = suite.app.world!.kubernetes.store.get(CONFIG_MAPS, 'search-prod', 'logs-prod-remote-ca');
    expect((configMap?.data as Record<string, string>)['ca.crt']).toBe(request().choices.localTransportCa);
    await eventually(plan, (p) => stepOf(p, 'trust_local_ca_on_eck').status === 'done');

    await admin.applyCertificate(request(), 'expose_transport');
    const exposed = await eventually(plan, (p) => stepOf(p, 'expose_transport').status === 'done');
    expect(stepOf(exposed, 'configure_remote').status).toBe('ready');

    // The ECK CA on every local node: the file and the certificate_authorities line, then a rolling restart.
    const trust = stepOf(exposed, 'trust_eck_ca_on_local_nodes');
    expect(trust.instructions!.settings).toEqual([
      'xpack.security.transport.ssl.certificate_authorities: [ "certs/transport-ca.crt", "certs/eck-search-prod-logs-prod-transport-ca.crt" ]',
    ]);
    for (const node of trust.instructions!.pendingNodes) followOnNode(nodes, node, trust.instructions!);
    nodes.rollingRestart();
    await eventually(plan, (p) => stepOf(p, 'trust_eck_ca_on_local_nodes').status === 'done');

    await admin.applyCertificate(request(), 'configure_remote');
    const verified = await eventually(plan, (p) => stepOf(p, 'verify').status === 'done', 20_000);
    expect(stepOf(verified, 'verify').reason).toContain('certificate model');

    // The roles need manage_security: elastic applies them, the remote one through the port-forward.
    const elastic = hostApiClient(suite.app.baseUrl, 'elastic', suite.scanner.tap);
    expect((await elastic.applyCertificate(request(), 'create_remote_role')).body.applied).toBe(true);
    expect((await elastic.applyCertificate(request(), 'create_local_role')).body.applied).toBe(true);
    // The admin assigns the role to the users who search the remote, as the step says.
    const local = suite.app.world!.localElasticsearch.model;
    local.putUser({ ...local.users.get('ccs_user')!, roles: ['logs_readers'] });
    const finished = (await elastic.planCertificate(request())).body;
    expect(statuses(finished)).toEqual(Object.fromEntries(CERTIFICATE_STEP_IDS.map((id) => [id, 'done'])));

    const result = await searchAsCcsUser(suite.app.world!.localElasticsearchUrl);
    expect(result.hits.hits.map((hit) => hit._index)).toEqual(Array(3).fill('logs:logs-app-2026.11'));
    expect(result._clusters).toMatchObject({ total: 1, successful: 1 });
    const remoteInfo = await new Client({
      node: suite.app.world!.localElasticsearchUrl,
      auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
    }).cluster.remoteInfo();
    expect(remoteInfo.logs).not.toHaveProperty('cluster_credentials');

    // Applying every step again changes nothing anywhere.
    const before = sandboxActivity(suite.app.world!);
    for (const step of CERTIFICATE_STEP_IDS) {
      const again = await elastic.applyCertificate(request(), step);
      expect([step, again.status, again.body.applied]).toEqual([step, 200, false]);
    }
    const after = sandboxActivity(suite.app.world!);
    expect(after.kubernetesChanges).toBe(before.kubernetesChanges);
    expect(after.localElasticsearchWrites).toBe(before.localElasticsearchWrites);
    expect(after.eckElasticsearchWrites).toBe(before.eckElasticsearchWrites);

    const secret = suite.app.world!.kubernetes.store.get(SECRETS, 'search-prod', 'logs-prod-es-elastic-user');
    const elasticPassword = Buffer.from(String((secret?.data as Record<string, string>).elastic), 'base64').toString();
    for (const text of [suite.logLines.join('\n'), JSON.stringify(finished)]) {
      expect(text).not.toContain(elasticPassword);
      expect(text).not.toContain(PLUGIN_TOKEN);
    }
  });

  it('adds the local CA to a ConfigMap the cluster already trusts, keeping its CAs; a second apply while ECK works changes nothing', async () => {
    const world = suite.app.world!;
    const other = await createCertificateAuthority('CN=Another site CA');
    world.kubernetes.store.create(CONFIG_MAPS, {
      metadata: { namespace: 'search-ops', name: 'site-cas' },
      data: { 'ca.crt': other.certificatePem },
    });
    const es = world.kubernetes.store.get(ELASTICSEARCH_TYPE, 'search-ops', 'metrics-prod')!;
    const spec = es.spec as Record<string, unknown>;
    world.kubernetes.store.replace(
      ELASTICSEARCH_TYPE,
      { ...es, spec: { ...spec, transport: { tls: { certificateAuthorities: { configMapName: 'site-cas' } } } } },
      { statusOnly: false },
    );
    await world.operator.settled();

    const admin = hostApiClient(suite.app.baseUrl, 'admin', suite.scanner.tap);
    const metrics = {
      ...request(),
      target: { alias: 'metrics', namespace: 'search-ops', name: 'metrics-prod' },
      choices: { ...request().choices, configMapName: 'ignored-name' },
    };
    const planned = stepOf((await admin.planCertificate(metrics)).body, 'trust_local_ca_on_eck');
    expect(planned).toMatchObject({
      status: 'ready',
      warnings: expect.arrayContaining([expect.stringContaining('site-cas')]),
    });
    expect(planned.changes.map((c) => c.kind)).toEqual(['kubernetes_patch']);

    expect((await admin.applyCertificate(metrics, 'trust_local_ca_on_eck')).body.applied).toBe(true);
    const stored = world.kubernetes.store.get(CONFIG_MAPS, 'search-ops', 'site-cas')!;
    expect((stored.data as Record<string, string>)['ca.crt']).toBe(
      `${other.certificatePem}${world.localElasticsearch.transportCa.certificatePem}`,
    );
    expect(world.kubernetes.store.get(CONFIG_MAPS, 'search-ops', 'ignored-name')).toBeUndefined();

    const changes = sandboxActivity(world).kubernetesChanges;
    const again = await admin.applyCertificate(metrics, 'trust_local_ca_on_eck');
    expect(again.body.applied).toBe(false);
    expect(['waiting', 'done']).toContain(stepOf(again.body.plan, 'trust_local_ca_on_eck').status);
    expect(sandboxActivity(world).kubernetesChanges).toBe(changes);
    const trusted = await eventually(
      async () => (await admin.planCertificate(metrics)).body,
      (p) => stepOf(p, 'trust_local_ca_on_eck').status === 'done',
    );
    expect(stepOf(trusted, 'trust_local_ca_on_eck').evidence).toContainEqual(
      expect.objectContaining({ value: expect.stringContaining('CN=Another site CA') }),
    );
  });

  describe('a bad local CA is refused with 400 naming the field, before anything is read or written', () => {
    const CASES: Array<[string, () => Promise<string>, string]> = [
      [
        'malformed',
        async () => '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n',
        'parseable',
      ],
      ['not a CA', leafCertificate, 'is not a CA certificate'],
      ['expired', async () => (await expiredCa()).certificatePem, 'expired'],
      [
        'with its private key',
        async () =>
          `${suite.app.world!.localElasticsearch.transportCa.certificatePem}${suite.app.world!.localElasticsearch.transportCa.privateKeyPem}`,
        'private key',
      ],
    ];

    it.each(CASES)('%s', async (_, pem, message) => {
      const admin = hostApiClient(suite.app.baseUrl, 'admin', suite.scanner.tap);
      const body = { ...request(), choices: { ...request().choices, localTransportCa: await pem() } };
      suite.scanner.addPrivateKeys('the private key of the pasted PEM', body);
      const keyLine = suite.app.world!.localElasticsearch.transportCa.privateKeyPem.split('\n')[1];
      for (const send of [
        () => admin.planCertificate(body),
        () => admin.applyCertificate(body, 'trust_local_ca_on_eck'),
      ]) {
        const before = sandboxActivity(suite.app.world!);
        const response = await send();
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({
          message: expect.stringContaining(message),
          attributes: { code: 'INVALID_REQUEST', field: 'choices.localTransportCa' },
        });
        expect(sandboxActivity(suite.app.world!)).toEqual(before);
        expect(response.text).not.toContain(keyLine);
      }
      expect(suite.logLines.join('\n')).not.toContain(keyLine);
    });
  });
});
