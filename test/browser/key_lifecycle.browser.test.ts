import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { Standalone } from '../../dev/host/start_standalone';
import { CORE_TYPES } from '../../dev/sandbox/kubernetes/resource_types';
import { createNodeActions } from '../../dev/sandbox/nodes';
import { connectLogsRemote, QUICK_WORLD } from '../flows/connect_logs_remote';
import { startContinuousSearches } from '../flows/continuous_searches';
import { launchChromium } from './support/chromium';
import { codeText, openAs, subj } from './support/flow_page';
import { startSandboxApp } from './support/standalone_app';

jest.setTimeout(120_000);

const SECRETS = CORE_TYPES.find((type) => type.plural === 'secrets')!;
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
    await app.world!.operator.rotateTransportCa('search-prod', 'logs-prod');
    const { page, context, errors } = await openAs(browser, app, 'admin');
    const callout = page.locator('[data-test-subj="caWatch-search-prod-logs-prod"][data-state="rotation_detected"]');
    await callout.waitFor();
    await expect(callout.innerText()).resolves.toContain('ECK renewed the transport CA of search-prod/logs-prod');
    // The file offered is the CA now in the public Secret, named as the file the nodes trust.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      callout.locator(subj('downloadFile-caRewrite-search-prod-logs-prod-0')).click(),
    ]);
    expect(download.suggestedFilename()).toBe('eck-search-prod-logs-prod-ca.crt');
    const secret = app.world!.kubernetes.store.get(SECRETS, 'search-prod', 'logs-prod-es-transport-certs-public');
    const caPem = Buffer.from(String((secret?.data as Record<string, string>)['ca.crt']), 'base64').toString();
    await expect(readFile(await download.path(), 'utf8')).resolves.toBe(caPem);
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
