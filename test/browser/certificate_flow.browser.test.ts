import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@elastic/elasticsearch';
import type { Page } from 'playwright-core';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { createNodeActions } from '../../dev/sandbox/nodes';
import { followOnNode, leafCertificate } from '../support/certificate_fixtures';
import {
  applyStep,
  checkUntilDone,
  codeText,
  openAs,
  pendingNodes,
  refreshUntilDone,
  screenshot,
  stepStatus,
  subj,
} from './support/flow_page';
import { sandboxInChromium } from './support/browser_suite';

jest.setTimeout(180_000);

/** The file the page offers for a manual step, downloaded as the admin would, with where it goes. */
async function downloadManualFile(page: Page, stepId: string) {
  const title = await page.locator(`${subj(`manualFile-${stepId}-0`)} h4`).innerText();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(subj(`downloadFile-${stepId}-0`)).click(),
  ]);
  return {
    path: title.slice(title.indexOf('config/')),
    content: await readFile((await download.path()) as string, 'utf8'),
  };
}

/**
 * The deprecated certificate model in Chromium, end to end: the admin uploads the local transport
 * CA, the plugin makes ECK trust it and exposes the transport layer, the ECK CA goes onto every
 * local node exactly as the page says, and someone with manage_security creates the roles.
 */
describe('certificate flow in Chromium, against the sandbox', () => {
  const suite = sandboxInChromium({
    world: { timings: { rollingRestartMs: 100, loadBalancerDelayMs: 100 }, sslFileReloadDelayMs: 100 },
  });

  it('connects search-prod/logs-prod as the remote "logs" with mutual TLS', async () => {
    const { page, context, errors } = await openAs(suite.browser, suite.app, 'admin');
    const world = suite.app.world!;
    const nodes = createNodeActions(world.localElasticsearch);
    const localCa = world.localElasticsearch.transportCa.certificatePem;

    await page.locator(subj('connect-search-prod-logs-prod')).click();
    await page.locator(subj('connectionForm')).waitFor();
    await page.getByRole('radio', { name: 'Certificate (deprecated)' }).check();
    await page.locator(subj('certificateDeprecated')).waitFor();
    expect(await page.locator(subj('portInput')).inputValue()).toBe('9300');
    await page.locator(subj('aliasInput')).fill('logs');
    await page.locator(subj('indexPatternsInput')).fill('logs-*');
    await page.locator(subj('roleNameInput')).fill('logs_readers');

    // The CA field: a private key pasted by mistake is refused as it is typed, never sent.
    const caField = page.locator(subj('localTransportCaInput'));
    await caField.fill(`${localCa}${world.localElasticsearch.transportCa.privateKeyPem}`);
    await expect(page.locator(subj('connectionForm')).innerText()).resolves.toContain('This contains a private key');
    // A node certificate has the right shape: the server refuses it, and says so on the field.
    await caField.fill(await leafCertificate());
    await page.locator(subj('connectionFormSubmit')).click();
    await expect(
      page.locator(subj('connectionForm')).getByText('is not a CA certificate').innerText(),
    ).resolves.toBeTruthy();

    // The real CA, uploaded from a file.
    const directory = await mkdtemp(path.join(tmpdir(), 'local-ca-'));
    await writeFile(path.join(directory, 'transport-ca.crt'), localCa);
    await page
      .locator(`${subj('certificateFields')} input[type="file"]`)
      .setInputFiles(path.join(directory, 'transport-ca.crt'));
    await page.waitForFunction(
      ([selector, pem]) => document.querySelector<HTMLTextAreaElement>(selector)?.value === pem,
      [subj('localTransportCaInput'), localCa],
    );
    await page.locator(subj('connectionFormSubmit')).click();
    await stepStatus(page, 'preflight', 'done').waitFor();
    expect(new URL(page.url()).searchParams.get('model')).toBe('certificate');
    expect(page.url()).not.toContain('BEGIN');

    // Both clusters would do API keys: the plan says so, with the way over.
    await page.locator(subj('switchToApiKeyModel')).waitFor();
    await expect(page.locator(subj('certificateRoleName')).innerText()).resolves.toContain('logs_readers');

    // ECK trusts the local CA, then exposes its transport layer; both finish on their own.
    await applyStep(page, 'trust_local_ca_on_eck');
    await stepStatus(page, 'trust_local_ca_on_eck', 'done').waitFor({ timeout: 30_000 });
    await applyStep(page, 'expose_transport');
    await stepStatus(page, 'expose_transport', 'done').waitFor({ timeout: 30_000 });
    await screenshot(page, 'certificate.png');

    // The ECK transport CA on every local node, as written, then a rolling restart.
    const trustNodes = await pendingNodes(page, 'trust_eck_ca_on_local_nodes');
    expect(trustNodes).toEqual(['es-local-1', 'es-local-2', 'es-local-3']);
    const file = await downloadManualFile(page, 'trust_eck_ca_on_local_nodes');
    const settings = (await codeText(page.locator(subj('manualSettingsContent-trust_eck_ca_on_local_nodes')))).split(
      '\n',
    );
    for (const node of trustNodes) {
      followOnNode(nodes, node, { commands: [], files: [file], settings, pendingNodes: [], notes: [] });
    }
    nodes.rollingRestart();
    await checkUntilDone(page, 'trust_eck_ca_on_local_nodes', 30_000);

    await applyStep(page, 'configure_remote');
    await refreshUntilDone(page, 'verify', 30_000);
    await expect(page.locator(subj('connectionComplete')).innerText()).resolves.toContain('logs is connected');

    // The roles need manage_security, which admin lacks: elastic applies them from the same page.
    for (const role of ['create_remote_role', 'create_local_role']) {
      expect(await stepStatus(page, role, 'manual').isVisible()).toBe(true);
    }
    const asElastic = await openAs(suite.browser, suite.app, 'elastic', {
      path: new URL(page.url()).pathname.replace(/^.*\/connect/, '/connect') + new URL(page.url()).search,
    });
    await asElastic.page.locator(subj('localTransportCaInput')).fill(localCa);
    await asElastic.page.locator(subj('connectionFormSubmit')).click();
    for (const role of ['create_remote_role', 'create_local_role']) {
      await stepStatus(asElastic.page, role, 'ready').waitFor();
      await applyStep(asElastic.page, role);
      await stepStatus(asElastic.page, role, 'done').waitFor();
    }

    // The users who search the remote get the role, as the step says; then they can.
    const local = world.localElasticsearch.model;
    local.putUser({ ...local.users.get('ccs_user')!, roles: ['logs_readers'] });
    const ccsUser = new Client({
      node: world.localElasticsearchUrl,
      auth: { username: 'ccs_user', password: SEED_PASSWORDS.ccs_user },
    });
    const result = await ccsUser.search({ index: 'logs:logs-*', size: 10 });
    await ccsUser.close();
    expect(result._clusters).toMatchObject({ total: 1, successful: 1 });
    expect(result.hits.hits.length).toBeGreaterThan(0);

    // Every step is done, as someone who may read roles sees it.
    await asElastic.page.locator(subj('refreshPlan')).click();
    await asElastic.page.locator(subj('connectionAllDone')).waitFor();
    expect(asElastic.errors).toEqual([]);
    await asElastic.context.close();

    expect(await page.content()).not.toContain('PRIVATE KEY');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain('BEGIN CERTIFICATE');
    await screenshot(page, 'certificate-done.png');

    expect(errors).toEqual([]);
    await context.close();
  });
});
