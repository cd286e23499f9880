import type { Browser } from 'playwright-core';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import type { Standalone } from '../../dev/host/start_standalone';
import { createNodeActions } from '../../dev/sandbox/nodes';
import { connectLogsRemote, QUICK_WORLD } from '../flows/connect_logs_remote';
import { startContinuousSearches } from '../flows/continuous_searches';
import { launchChromium } from './support/chromium';
import { codeText, subj } from './support/flow_page';
import { startSandboxApp } from './support/standalone_app';

jest.setTimeout(120_000);

const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

/**
 * The CA-rotation callout and the key rotation, as an admin sees and does them in Chromium: the
 * keystore command is run on the simulated nodes with the key read from the page.
 */
describe('CA-rotation watch and API key lifecycle in Chromium', () => {
  let app: Standalone;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startSandboxApp({ world: QUICK_WORLD }), launchChromium()]);
    await connectLogsRemote(app);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('warns on the overview when ECK renewed the CA, then rotates the key from the keys page', async () => {
    const context = await browser.newContext({
      httpCredentials: { username: 'admin', password: SEED_PASSWORDS.admin },
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await app.world!.operator.rotateTransportCa('search-prod', 'logs-prod');
    await page.goto(app.appUrl);
    const callout = page.locator('[data-test-subj="caWatch-search-prod-logs-prod"][data-state="rotation_detected"]');
    await callout.waitFor();
    await expect(callout.innerText()).resolves.toContain('ECK renewed the transport CA of search-prod/logs-prod');
    await callout.locator('[data-test-subj="downloadFile-caRewrite-search-prod-logs-prod-0"]').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/ca_watch.png`, fullPage: true });

    const searches = startContinuousSearches(app.world!.localElasticsearchUrl);
    try {
      await page.locator('[data-test-subj="keysPageLink"]').click();
      const rotate = page.locator('[data-test-subj^="rotateKey-"]');
      await rotate.waitFor();
      await rotate.click();
      const flyout = page.locator('[data-test-subj="keyRotationFlyout"]');
      await flyout.locator('[data-test-subj="applyRotationStep-create_new_key"]').click();
      const encoded = await codeText(flyout.locator(subj('newApiKeyValue')));
      expect(encoded.length).toBeGreaterThan(20);

      const nodes = createNodeActions(app.world!.localElasticsearch);
      const command = await codeText(flyout.locator(subj('manualCommand-update_keystores-0')));
      const consumer = command.split(' | ')[1].split(' ');
      for (const node of nodes.listNodes()) {
        expect(nodes.exec(node.name, consumer, encoded)).toMatchObject({ exitCode: 0 });
      }
      await flyout.locator('[data-test-subj="applyRotationStep-update_keystores"]').click();
      await flyout.locator('[data-test-subj="applyRotationStep-invalidate_old_key"]').click();
      await flyout.locator('[data-test-subj="lastRotation"]').waitFor();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/key_rotation.png`, fullPage: true });
      await searches.more(5);
    } finally {
      await searches.stop();
    }
    expect(searches.failures).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
