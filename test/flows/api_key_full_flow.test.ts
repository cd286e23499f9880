import type { ApiKeyPlanResponse } from '../../common/api/api_key_connection';
import type { PlanStep } from '../../common/plan/plan_types';
import type { Standalone } from '../../dev/host/start_standalone';
import { startFlowApp } from '../support/flow_app';
import { eventually, hostApiClient } from '../support/host_api_client';
import { nodeManualSteps } from '../support/node_manual_steps';
import { createSecretScanner, finalScan } from '../support/secret_scanner';
import { searchAsCcsUser } from './ccs_user_search';
import { LOGS_REMOTE } from './connect_logs_remote';

jest.setTimeout(90_000);

const stepOf = (plan: ApiKeyPlanResponse, id: string) => plan.steps.find((s) => s.id === id) as PlanStep;

/**
 * The seed procedure's API key tab, end to end: the plugin applies what an API allows, and the
 * manual steps are carried out on the simulated nodes exactly as the plan writes them, up to a
 * cross-cluster search by a CCS user.
 */
describe('API key flow, from discovery to a cross-cluster search', () => {
  let app: Standalone;
  const logLines: string[] = [];
  beforeAll(async () => {
    app = await startFlowApp(logLines);
  });
  afterAll(() => app?.stop());

  it('connects logs-prod as the remote "logs"', async () => {
    const scanner = createSecretScanner(app.world);
    const admin = hostApiClient(app.baseUrl, 'admin', scanner.tap);
    const nodes = nodeManualSteps(app.world!);
    const request = LOGS_REMOTE;
    const plan = async () => (await admin.plan(request)).body;

    await admin.apply(request, 'expose_remote_cluster_server');
    await eventually(plan, (p) => stepOf(p, 'expose_remote_cluster_server').status === 'done');

    const created = await admin.apply(request, 'create_api_key');
    const encoded = created.body.apiKey!.encoded;

    // Keystore, on every node, with the command as the plan writes it.
    const credentials = stepOf(created.body.plan, 'add_credentials_to_keystore');
    expect(credentials.status).toBe('manual');
    expect(credentials.instructions!.commands[0].split(' | ')[0]).toBe(`printf '%s' "$ENCODED_KEY"`);
    expect(nodes.addCredentials(credentials, encoded)).toEqual([0, 0, 0]);
    const reloaded = await admin.apply(request, 'add_credentials_to_keystore');
    expect(reloaded.body.reloadFailures).toEqual([]);

    // The ECK CA, on every node: the file and the elasticsearch.yml lines, then a rolling restart.
    const trust = stepOf(reloaded.body.plan, 'trust_ca_on_local_nodes');
    expect(trust.status).toBe('manual');
    nodes.trustCa(trust);
    const trusted = await eventually(plan, (p) => stepOf(p, 'trust_ca_on_local_nodes').status === 'done');
    expect(stepOf(trusted, 'configure_remote').status).toBe('ready');

    await admin.apply(request, 'configure_remote');
    const verified = await eventually(plan, (p) => stepOf(p, 'verify').status === 'done', 20_000);
    expect(stepOf(verified, 'add_credentials_to_keystore').status).toBe('done');
    // The test search runs as the admin, whose roles (manage only) grant no remote_indices: the local
    // cluster refuses it before reaching the remote, which says nothing against the connection.
    expect(stepOf(verified, 'verify').evidence).toContainEqual({
      subject: 'test search logs:logs-*',
      value: expect.stringMatching(/^refused \(403\): .*no remote indices privileges apply for the target cluster/),
      source: 'local_elasticsearch',
    });

    // Roles need manage_security: the admin (manage only) gets the request to hand over; elastic applies it.
    expect(stepOf(verified, 'create_local_role')).toMatchObject({
      status: 'manual',
      reason: expect.stringContaining('manage_security'),
    });
    const elastic = hostApiClient(app.baseUrl, 'elastic', scanner.tap);
    expect((await elastic.apply(request, 'create_local_role')).status).toBe(200);
    const finished = (await elastic.plan(request)).body;
    expect(finished.steps.map((s) => [s.id, s.status])).toEqual(finished.steps.map((s) => [s.id, 'done']));
    // As elastic, the size-0 search on the granted pattern reaches the remote through the key.
    expect(stepOf(finished, 'verify')).toMatchObject({
      reason: 'logs is connected with API key credentials. A test search on logs:logs-* succeeded.',
      evidence: expect.arrayContaining([
        {
          subject: 'test search logs:logs-*: _clusters.details.logs',
          value: 'successful',
          source: 'local_elasticsearch',
        },
      ]),
    });

    // A CCS user searches the remote through the connection.
    const result = await searchAsCcsUser(app.world!.localElasticsearchUrl);
    expect(result.hits.hits.map((hit) => hit._index)).toEqual(Array(3).fill('logs:logs-app-2026.11'));
    expect(result._clusters).toMatchObject({ total: 1, successful: 1 });

    // The key was in exactly one response, and in no log line; no ECK `elastic` password, token,
    // user password or private key is in any response or log.
    expect(finalScan(scanner, logLines, app.world)).toEqual([]);
  });
});
