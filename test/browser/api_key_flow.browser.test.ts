import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Standalone } from '../../dev/host/start_standalone';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { createNodeActions } from '../../dev/sandbox/nodes';
import { launchChromium } from './support/chromium';
import { startSandboxApp } from './support/standalone_app';

jest.setTimeout(120_000);

/** Screenshots go to target/ unless the docs' copies are being refreshed (SCREENSHOT_DIR=docs/screenshots). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

const subj = (testSubj: string) => `[data-test-subj="${testSubj}"]`;
const stepStatus = (page: Page, stepId: string, status: string) =>
  page.locator(`${subj(`step-${stepId}`)} ${subj(`stepStatus-${status}`)}`);

/**
 * The "Add ECK remote" flow in Chromium, as the `admin` user would go through it: the plugin
 * applies what it can after a confirmation, and the manual steps are carried out on the sandbox's
 * nodes exactly as the page shows them.
 */
describe('API key flow in Chromium, against the sandbox', () => {
  let app: Standalone;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([
      startSandboxApp({
        world: { timings: { rollingRestartMs: 100, loadBalancerDelayMs: 100 }, sslFileReloadDelayMs: 100 },
      }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function openAsAdmin(path = ''): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
    const context = await browser.newContext({
      httpCredentials: { username: 'admin', password: SEED_PASSWORDS.admin },
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.appUrl}${path}`);
    return { page, context, errors };
  }

  /** Applies a ready step through its confirmation. */
  async function applyStep(page: Page, stepId: string) {
    await page.locator(subj(`apply-${stepId}`)).click();
    const modal = page.locator(subj(`applyConfirm-${stepId}`));
    await modal.waitFor();
    await modal.locator(subj('confirmModalConfirmButton')).click();
    await modal.waitFor({ state: 'detached' });
  }

  /** Clicks "Check again" until the step is done: the sandbox's nodes restart on their own timers. */
  async function checkUntilDone(page: Page, stepId: string, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await stepStatus(page, stepId, 'done').isVisible())) {
      if (Date.now() > deadline) throw new Error(`${stepId} is not done after ${timeoutMs} ms`);
      const button = page.locator(subj(`checkAgain-${stepId}`));
      if (await button.isEnabled().catch(() => false)) await button.click().catch(() => undefined);
      await page.waitForTimeout(250);
    }
  }

  async function refreshUntilDone(page: Page, stepId: string, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await stepStatus(page, stepId, 'done').isVisible())) {
      if (Date.now() > deadline) throw new Error(`${stepId} is not done after ${timeoutMs} ms`);
      await page.locator(subj('refreshPlan')).click();
      await page.waitForTimeout(250);
    }
  }

  /** The whole page, from the top (the host's header is fixed), once no request is in flight. */
  async function screenshot(page: Page, fileName: string) {
    await page.locator(subj('planRefreshing')).waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${fileName}`, fullPage: true });
  }

  /** EuiCodeBlock puts the test subject on its `code` element. */
  const codeText = async (code: Locator) => (await code.innerText()).trim();

  it('connects search-prod/logs-prod as the remote "logs"', async () => {
    const { page, context, errors } = await openAsAdmin();
    const nodes = createNodeActions(app.world!.localElasticsearch);

    // From the overview's ECK table to the flow, which names itself in the breadcrumbs.
    await page.locator(subj('connect-search-prod-logs-prod')).click();
    await page.locator(subj('connectionForm')).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/management/data/eck_remote_clusters/connect/search-prod/logs-prod');
    await expect(page.locator(subj('breadcrumbs')).innerText()).resolves.toContain('Connect search-prod/logs-prod');
    expect(await page.locator(`${subj('securityModel-certificate')} input`).isDisabled()).toBe(true);

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
    const appliedAt = Date.now();
    await stepStatus(page, 'expose_remote_cluster_server', 'done').waitFor();
    // Sooner than the 5-second fallback: the change event did it.
    expect(Date.now() - appliedAt).toBeLessThan(4000);

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
    const keystoreNodes = await page
      .locator(`${subj('pendingNodes-add_credentials_to_keystore')} .euiBadge__text`)
      .allInnerTexts();
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
    const trustNodes = await page
      .locator(`${subj('pendingNodes-trust_ca_on_local_nodes')} .euiBadge__text`)
      .allInnerTexts();
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

  /** The element with focus, named by the nearest test subject (a radio's is on its wrapper). */
  const focused = (page: Page) =>
    page.evaluate(() => document.activeElement?.closest('[data-test-subj]')?.getAttribute('data-test-subj') ?? null);

  /** Presses Tab until `testSubj` has focus: proves it is reachable by keyboard, in order. */
  async function tabTo(page: Page, testSubj: string, maxPresses = 40) {
    for (let presses = 0; presses < maxPresses; presses++) {
      await page.keyboard.press('Tab');
      if ((await focused(page)) === testSubj) return;
    }
    throw new Error(
      `${testSubj} was not reached with ${maxPresses} presses of Tab; focus is on ${await focused(page)}`,
    );
  }

  it('can be filled in and submitted with the keyboard only', async () => {
    const { page, context, errors } = await openAsAdmin('/connect/search-ops/metrics-prod');
    await page.locator(subj('connectionForm')).waitFor();

    await tabTo(page, 'aliasInput');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('metrics');
    await tabTo(page, 'exposure-LoadBalancer');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('exposure-NodePort');
    await tabTo(page, 'nodeAddressInput');
    await page.keyboard.type('10.0.0.7');
    await tabTo(page, 'indexPatternsInput');
    await page.keyboard.type('metrics bad');
    await expect(page.locator(subj('connectionForm')).innerText()).resolves.toContain(
      '"metrics bad" is not an index name or pattern',
    );
    for (let i = 0; i < ' bad'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('-*');
    await tabTo(page, 'expirationInput');
    await page.keyboard.type('30d');
    await tabTo(page, 'skipUnavailableSwitch');
    await page.keyboard.press('Space');
    expect(await page.locator(subj('skipUnavailableSwitch')).getAttribute('aria-checked')).toBe('false');
    await tabTo(page, 'connectionFormSubmit');
    await page.keyboard.press('Enter');

    await stepStatus(page, 'preflight', 'done').waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      alias: 'metrics',
      exposure: 'NodePort',
      nodeAddress: '10.0.0.7',
      indexPatterns: 'metrics-*',
      expiration: '30d',
      skipUnavailable: 'false',
      replaceExisting: 'false',
    });

    // A step's evidence opens with the keyboard, and Apply asks first: Escape changes nothing.
    await tabTo(page, 'evidenceToggle-preflight');
    await page.keyboard.press('Enter');
    expect(await page.locator(subj('evidenceToggle-preflight')).getAttribute('aria-expanded')).toBe('true');
    // metrics-prod's remote cluster server is off: enabling it is the first change.
    await stepStatus(page, 'enable_remote_cluster_server', 'ready').waitFor();
    await tabTo(page, 'apply-enable_remote_cluster_server', 60);
    await page.keyboard.press('Enter');
    const modal = page.locator(subj('applyConfirm-enable_remote_cluster_server'));
    await modal.waitFor();
    await expect(modal.innerText()).resolves.toContain('kubectl -n search-ops patch elasticsearch metrics-prod');
    expect(await focused(page)).toBe('confirmModalConfirmButton');
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('apply-enable_remote_cluster_server');
    expect(await stepStatus(page, 'enable_remote_cluster_server', 'ready').isVisible()).toBe(true);

    // The page resumes from its URL after a reload.
    await page.reload();
    await stepStatus(page, 'enable_remote_cluster_server', 'ready').waitFor();
    expect(await page.locator(subj('aliasInput')).inputValue()).toBe('metrics');

    expect(errors).toEqual([]);
    await context.close();
  });
});
