import { readFile } from 'node:fs/promises';
import { Client } from '@elastic/elasticsearch';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { createNodeActions } from '../../dev/sandbox/nodes';
import {
  applyStep,
  checkUntilDone,
  codeText,
  openAs,
  pendingNodes,
  refreshUntilDone,
  stepStatus,
  subj,
} from './support/flow_page';
import { sandboxInChromium } from './support/browser_suite';

jest.setTimeout(120_000);

const CHOICES = '?alias=logs&exposure=LoadBalancer&port=9443&indexPatterns=logs-*';

/**
 * The API key flow where the admin gets something wrong: the verification must say what, in the
 * step the admin is looking at, rather than "does not connect".
 */
describe('API key flow in Chromium: a connection that fails says why', () => {
  const suite = sandboxInChromium({ world: { timings: { rollingRestartMs: 100, loadBalancerDelayMs: 100 } } });

  it('names the CA the nodes do not trust yet, then a server name the certificate does not carry', async () => {
    const { page, context, errors } = await openAs(suite.browser, suite.app, 'admin', {
      path: `/connect/search-prod/logs-prod${CHOICES}`,
    });
    const nodes = createNodeActions(suite.app.world!.localElasticsearch);

    // Everything but the ECK CA on the local nodes: the key is in every keystore.
    await applyStep(page, 'expose_remote_cluster_server');
    await stepStatus(page, 'expose_remote_cluster_server', 'done').waitFor();
    await applyStep(page, 'create_api_key');
    const encodedKey = await codeText(page.locator(subj('newApiKeyValue')));
    await page.locator(subj('dismissNewApiKey')).click();
    const command = await codeText(page.locator(subj('manualCommand-add_credentials_to_keystore-0')));
    const consumer = command.split(' | ')[1];
    for (const node of await pendingNodes(page, 'add_credentials_to_keystore')) {
      expect(nodes.exec(node, consumer.split(' '), encodedKey)).toMatchObject({ exitCode: 0 });
    }
    await page.locator(subj('checkAgain-add_credentials_to_keystore')).click();
    await page.locator(subj('checkResult-add_credentials_to_keystore')).waitFor();
    await stepStatus(page, 'trust_ca_on_local_nodes', 'manual').waitFor();
    await applyStep(page, 'configure_remote');
    await stepStatus(page, 'configure_remote', 'done').waitFor();

    // The nodes do not trust the ECK CA: the verification waits for that step, by name.
    await stepStatus(page, 'verify', 'waiting').waitFor({ timeout: 20_000 });
    await expect(page.locator(subj('stepReason-verify')).innerText()).resolves.toBe(
      `logs does not connect yet, as expected: "Trust the ECK cluster's CA on every local node" is not done.`,
    );
    await expect(page.locator(subj('waitingFor-verify')).innerText()).resolves.toContain(
      `Waiting for "Trust the ECK cluster's CA on every local node".`,
    );
    // It is the CA indeed: the node that dialled says so in its log.
    expect(nodes.logs('es-local-1').join('\n')).toContain('PKIX path building failed');

    // The CA, as the page gives it, then a hand edit of the remote that breaks its server name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(subj('downloadFile-trust_ca_on_local_nodes-0')).click(),
    ]);
    const caFile = await readFile((await download.path()) as string, 'utf8');
    const settings = await codeText(page.locator(subj('manualSettingsContent-trust_ca_on_local_nodes')));
    for (const node of await pendingNodes(page, 'trust_ca_on_local_nodes')) {
      nodes.placeFile(node, 'certs/eck-search-prod-logs-prod-ca.crt', caFile);
      nodes.editYaml(node, { append: settings });
    }
    nodes.rollingRestart();
    await checkUntilDone(page, 'trust_ca_on_local_nodes');
    const elastic = new Client({
      node: suite.app.world!.localElasticsearchUrl,
      auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
    });
    await elastic.cluster.putSettings({
      persistent: { cluster: { remote: { logs: { server_name: 'logs.example.com' } } } },
    });
    await elastic.close();

    await page.locator(subj('refreshPlan')).click();
    await expect(
      page.locator(subj('stepReason-verify')).filter({ hasText: 'server_name' }).innerText({ timeout: 20_000 }),
    ).resolves.toBe(
      "logs does not connect: its server_name is logs.example.com, but the ECK cluster's certificate names " +
        'logs-prod-es-remote-cluster.search-prod.svc. Set server_name to logs-prod-es-remote-cluster.search-prod.svc.',
    );
    expect(await stepStatus(page, 'verify', 'blocked').isVisible()).toBe(true);

    // Replacing the remote with the plan's own settings makes it connect.
    await page.locator(subj('replaceExistingSwitch')).click();
    await page.locator(subj('connectionFormSubmit')).click();
    await applyStep(page, 'configure_remote');
    await refreshUntilDone(page, 'verify');

    expect(errors).toEqual([]);
    await context.close();
  });
});
