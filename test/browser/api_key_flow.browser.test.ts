import { readFile } from 'node:fs/promises';
import { createNodeActions } from '../../dev/sandbox/nodes';
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

jest.setTimeout(120_000);

/**
 * The "Add ECK remote" flow in Chromium, as the `admin` user would go through it: the plugin
 * applies what it can after a confirmation, and the manual steps are carried out on the sandbox's
 * nodes exactly as the page shows them.
 */
describe('API key flow in Chromium, against the sandbox', () => {
  const suite = sandboxInChromium({
    world: { timings: { rollingRestartMs: 100, loadBalancerDelayMs: 100 }, sslFileReloadDelayMs: 100 },
  });

  it('connects search-prod/logs-prod as the remote "logs"', async () => {
    const { page, context, errors } = await openAs(suite.browser, suite.app, 'admin');
    const nodes = createNodeActions(suite.app.world!.localElasticsearch);

    // From the overview's ECK table to the flow, which names itself in the breadcrumbs.
    await page.locator(subj('connect-search-prod-logs-prod')).click();
    await page.locator(subj('connectionForm')).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/management/data/eck_remote_clusters/connect/search-prod/logs-prod');
    await expect(page.locator(subj('breadcrumbs')).innerText()).resolves.toContain('Connect search-prod/logs-prod');
    // API keys are the default; the deprecated certificate model is one click away.
    expect(await page.locator(`${subj('securityModel-api_key')} input`).isChecked()).toBe(true);
    expect(await page.locator(`${subj('securityModel-certificate')} input`).isChecked()).toBe(false);

    await page.locator(subj('aliasInput')).fill('logs');
    await page.locator(subj('indexPatternsInput')).fill('logs-*');
    await page.locator(subj('connectionFormSubmit')).click();
    await stepStatus(page, 'preflight', 'done').waitFor();
    // The choices are in the URL, so a reload resumes here.
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ alias: 'logs', exposure: 'LoadBalancer', port: '9443' });

    // Expose: the plugin patches the ECK resource; the step waits for the load balancer, and the
    // Kubernetes watch brings it to done without a click.
    await page.locator(subj('planUpdates-live')).waitFor();
    await stepStatus(page, 'expose_remote_cluster_server', 'ready').waitFor();
    await applyStep(page, 'expose_remote_cluster_server');
    await stepStatus(page, 'expose_remote_cluster_server', 'done').waitFor();
    // The change event did it, not the 5-second fallback: the page polls only once the stream has
    // failed, and it stayed live throughout (causality rather than elapsed time, which load stretches).
    expect(await page.locator(subj('planUpdates-live')).count()).toBe(1);

    // The key, shown once.
    await applyStep(page, 'create_api_key');
    const keyCallout = page.locator(subj('newApiKey'));
    await keyCallout.waitFor();
    const encodedKey = await codeText(page.locator(subj('newApiKeyValue')));
    expect(encodedKey).toMatch(/^[A-Za-z0-9+/=]{20,}$/);

    // The keystore, on every node the page names, with the command the page shows.
    await stepStatus(page, 'add_credentials_to_keystore', 'manual').waitFor();
    const command = await codeText(page.locator(subj('manualCommand-add_credentials_to_keystore-0')));
    const [producer, consumer] = command.split(' | ');
    expect(producer).toBe(`printf '%s' "$ENCODED_KEY"`);
    const keystoreNodes = await pendingNodes(page, 'add_credentials_to_keystore');
    await expect(
      page.locator(`${subj('step-add_credentials_to_keystore')} ${subj('manualRunOn-every_local_node')}`).innerText(),
    ).resolves.toContain('On every node of the local cluster');
    expect(keystoreNodes).toEqual(['es-local-1', 'es-local-2', 'es-local-3']);
    for (const node of keystoreNodes) {
      expect(nodes.exec(node, consumer.split(' '), encodedKey)).toMatchObject({ exitCode: 0 });
    }
    await page.locator(subj('checkAgain-add_credentials_to_keystore')).click();
    await expect(
      page.locator(subj('checkResult-add_credentials_to_keystore')).innerText({ timeout: 10_000 }),
    ).resolves.toContain('Secure settings were reloaded on every node without an error.');

    // Once dismissed, the key is gone from the page, and it was never in the URL or storage.
    await page.locator(subj('dismissNewApiKey')).click();
    await keyCallout.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(encodedKey);
    expect(page.url()).not.toContain(encodedKey);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(encodedKey);
    await screenshot(page, 'connect.png');

    // The CA: the downloaded file and the elasticsearch.yml lines on every node, then a rolling restart.
    const trustNodes = await pendingNodes(page, 'trust_ca_on_local_nodes');
    expect(trustNodes).toEqual(['es-local-1', 'es-local-2', 'es-local-3']);
    const filePath = await page.locator(`${subj('manualFile-trust_ca_on_local_nodes-0')} h4`).innerText();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(subj('downloadFile-trust_ca_on_local_nodes-0')).click(),
    ]);
    expect(download.suggestedFilename()).toBe('eck-search-prod-logs-prod-ca.crt');
    const caFile = await readFile((await download.path()) as string, 'utf8');
    expect(caFile).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/);
    const settings = await codeText(page.locator(subj('manualSettingsContent-trust_ca_on_local_nodes')));
    const relativePath = filePath.slice(filePath.indexOf('config/') + 'config/'.length);
    expect(relativePath).toBe('certs/eck-search-prod-logs-prod-ca.crt');
    for (const node of trustNodes) {
      nodes.placeFile(node, relativePath, caFile);
      nodes.editYaml(node, { append: settings });
    }
    nodes.rollingRestart();
    await checkUntilDone(page, 'trust_ca_on_local_nodes');

    // Configure the remote, then the connection verifies.
    await applyStep(page, 'configure_remote');
    await refreshUntilDone(page, 'verify');
    await stepStatus(page, 'add_credentials_to_keystore', 'done').waitFor();
    const complete = page.locator(subj('connectionComplete'));
    await expect(complete.innerText()).resolves.toContain('logs is connected');
    expect(await page.locator(subj('openInRemoteClusters-logs')).getAttribute('href')).toBe(
      '/app/management/data/remote_clusters/list?cluster=logs',
    );

    await screenshot(page, 'connect-done.png');
    expect(errors).toEqual([]);
    await context.close();
  });
});
