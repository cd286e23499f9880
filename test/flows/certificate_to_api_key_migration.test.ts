import { Client } from '@elastic/elasticsearch';
import type { ApiKeyConnectionRequest, ApiKeyPlanResponse } from '../../common/api/api_key_connection';
import type { CertificatePlanResponse } from '../../common/api/certificate_connection';
import type { PlanStep } from '../../common/plan/plan_types';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { createNodeActions, type NodeActions } from '../../dev/sandbox/nodes';
import { certificateRequest, followOnNode } from '../support/certificate_fixtures';
import { scannedFlowApp } from '../support/flow_app';
import { LOGS_REMOTE } from './connect_logs_remote';
import { eventually, hostApiClient } from '../support/host_api_client';

jest.setTimeout(120_000);

type AnyPlan = ApiKeyPlanResponse | CertificatePlanResponse;
const stepOf = (plan: AnyPlan, id: string) => plan.steps.find((s) => s.id === id) as PlanStep;

interface SearchOutcome {
  at: number;
  ok: boolean;
}

/** A CCS user searching `logs:` without pause, as dashboards would, until stopped. */
function continuousSearches(url: string) {
  const client = new Client({ node: url, auth: { username: 'ccs_user', password: SEED_PASSWORDS.ccs_user } });
  const outcomes: SearchOutcome[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      try {
        const result = await client.search({ index: 'logs:logs-*', size: 10 });
        const ok = result.hits.hits.length === 3 && result._clusters?.successful === 1 && !result._clusters?.skipped;
        outcomes.push({ at, ok });
      } catch {
        outcomes.push({ at, ok: false });
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    outcomes,
    async stop() {
      running = false;
      await loop;
      await client.close();
    },
  };
}

/**
 * A remote connected in the certificate model moves to the API key model through the API key flow,
 * same alias, while a CCS user keeps searching it. Elasticsearch cannot keep a certificate-model
 * alias working across the change (see common/plan/api_key/certificate_migration.ts), so the plan
 * confines the outage to one apply that reloads the keystore and switches the address back to back;
 * this measures that no search fails anywhere else, and how long the window is.
 */
describe('migrating a certificate-model remote to API keys, same alias', () => {
  const suite = scannedFlowApp();
  let nodes: NodeActions;
  beforeAll(() => {
    nodes = createNodeActions(suite.app.world!.localElasticsearch);
  });

  async function connectWithCertificates() {
    const elastic = hostApiClient(suite.app.baseUrl, 'elastic', suite.scanner.tap);
    const request = certificateRequest(suite.app.world!.localElasticsearch.transportCa.certificatePem);
    const plan = async () => (await elastic.planCertificate(request)).body;
    for (const step of ['trust_local_ca_on_eck', 'expose_transport', 'create_remote_role', 'create_local_role']) {
      await elastic.applyCertificate(request, step);
    }
    const exposed = await eventually(plan, (p) => stepOf(p, 'expose_transport').status === 'done');
    const trust = stepOf(exposed, 'trust_eck_ca_on_local_nodes');
    for (const node of trust.instructions!.pendingNodes) followOnNode(nodes, node, trust.instructions!);
    nodes.rollingRestart();
    await eventually(plan, (p) => stepOf(p, 'trust_eck_ca_on_local_nodes').status === 'done');
    await elastic.applyCertificate(request, 'configure_remote');
    await eventually(plan, (p) => p.steps.every((s) => s.status === 'done'), 20_000);
    // The admin gives the CCS user the role the ECK cluster authorizes by; its own role carries remote_indices.
    const local = suite.app.world!.localElasticsearch.model;
    local.putUser({ ...local.users.get('ccs_user')!, roles: ['cross_cluster_search', 'logs_readers'] });
  }

  it('keeps every search working except within the one switch step, and ends with API key credentials', async () => {
    await connectWithCertificates();
    const searches = continuousSearches(suite.app.world!.localElasticsearchUrl);
    await eventually(
      async () => searches.outcomes.length,
      (n) => n >= 5,
    );
    expect(searches.outcomes.every((o) => o.ok)).toBe(true);

    const elastic = hostApiClient(suite.app.baseUrl, 'elastic', suite.scanner.tap);
    // The alias exists (in the certificate model): replacing it is confirmed, as for any remote.
    const request: ApiKeyConnectionRequest = {
      ...LOGS_REMOTE,
      choices: { ...LOGS_REMOTE.choices, replaceExisting: true },
    };
    const plan = async () => (await elastic.plan(request)).body;

    await elastic.apply(request, 'expose_remote_cluster_server');
    await eventually(plan, (p) => stepOf(p, 'expose_remote_cluster_server').status === 'done');
    const created = await elastic.apply(request, 'create_api_key');
    const encoded = created.body.apiKey!.encoded;

    // The plan's order: the CA first (its restart must not load a key), then the keystore without a reload.
    const ordered = created.body.plan;
    expect(stepOf(ordered, 'trust_ca_on_local_nodes').status).toBe('manual');
    expect(stepOf(ordered, 'add_credentials_to_keystore').status).toBe('blocked');
    expect(stepOf(ordered, 'configure_remote').status).toBe('blocked');
    const trust = stepOf(ordered, 'trust_ca_on_local_nodes');
    for (const node of trust.instructions!.pendingNodes) {
      for (const file of trust.instructions!.files)
        nodes.placeFile(node, file.path.replace(/^config\//, ''), file.content);
      nodes.editYaml(node, { append: trust.instructions!.settings.join('\n') });
    }
    nodes.rollingRestart();
    const trusted = await eventually(plan, (p) => stepOf(p, 'trust_ca_on_local_nodes').status === 'done');

    const credentials = stepOf(trusted, 'add_credentials_to_keystore');
    expect(credentials).toMatchObject({ status: 'manual', changes: [] });
    const consumer = credentials.instructions!.commands[0].split(' | ')[1];
    for (const node of credentials.instructions!.pendingNodes) {
      expect(nodes.exec(node, consumer.split(' '), encoded)).toMatchObject({ exitCode: 0 });
    }
    // Added but not loaded: the alias still works in the certificate model.
    const beforeSwitch = searches.outcomes.length;
    await eventually(
      async () => searches.outcomes.length,
      (n) => n >= beforeSwitch + 3,
    );
    expect(searches.outcomes.every((o) => o.ok)).toBe(true);

    const configure = stepOf(await plan(), 'configure_remote');
    expect(configure.status).toBe('ready');
    expect(configure.warnings.join(' ')).toContain('back to back');
    const switchStart = Date.now();
    const switched = await elastic.apply(request, 'configure_remote');
    const switchEnd = Date.now();
    expect(switched.body.reloadFailures).toEqual([]);

    const verified = await eventually(plan, (p) => stepOf(p, 'verify').status === 'done', 20_000);
    expect(stepOf(verified, 'add_credentials_to_keystore').status).toBe('done');
    const afterSwitch = searches.outcomes.length;
    await eventually(
      async () => searches.outcomes.length,
      (n) => n >= afterSwitch + 5,
    );
    await searches.stop();

    const failures = searches.outcomes.filter((o) => !o.ok);
    // Only searches started once the switch began may fail, and only until the connection is
    // rebuilt: once a search started after the switch's answer works, none after it fails. By
    // order of events, not by a duration (a loaded 2-core machine stretches any window).
    const firstOkAfterSwitch = searches.outcomes.find((o) => o.ok && o.at >= switchEnd);
    expect(firstOkAfterSwitch).toBeDefined();
    expect(failures.filter((o) => o.at < switchStart || o.at >= firstOkAfterSwitch!.at)).toEqual([]);
    // The outage, as a figure: from the first failed search to the first search that works again.
    const outageMs = failures.length > 0 ? firstOkAfterSwitch!.at - failures[0].at : 0;
    process.stderr.write(
      `migration: ${searches.outcomes.length} searches, ${failures.length} failed, outage ${outageMs} ms, within the switch apply (${switchEnd - switchStart} ms)\n`,
    );
    // Searches after the switch go through the API key model.
    expect(searches.outcomes.slice(-3).every((o) => o.ok)).toBe(true);
    const remoteInfo = await new Client({
      node: suite.app.world!.localElasticsearchUrl,
      auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
    }).cluster.remoteInfo();
    expect(remoteInfo.logs).toMatchObject({ connected: true, proxy_address: expect.stringMatching(/:9443$/) });
    expect(remoteInfo.logs).toHaveProperty('cluster_credentials');
  });
});
