import type { Browser } from 'playwright-core';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { SCENARIO_ECK_CLUSTERS } from '../../dev/sandbox/scenario';
import type { Standalone } from '../../dev/host/start_standalone';
import { launchChromium } from './support/chromium';
import { startSandboxApp } from './support/standalone_app';

jest.setTimeout(60_000);

/** Screenshots go to target/ unless the docs' copies are being refreshed (SCREENSHOT_DIR=docs/screenshots). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

describe('overview page in Chromium, against the sandbox', () => {
  let app: Standalone;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startSandboxApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function openAs(username: 'admin' | 'nobody', viewport = { width: 1280, height: 800 }) {
    const context = await browser.newContext({
      httpCredentials: { username, password: SEED_PASSWORDS[username] },
      viewport,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.appUrl);
    return { page, context, errors };
  }

  it('lists the ECK clusters from Kubernetes and the remotes of the local cluster', async () => {
    const { page, context, errors } = await openAs('admin');
    const eckRows = page.locator('[data-test-subj="eckClustersTable"] tbody tr');
    await eckRows.first().waitFor();
    expect(await eckRows.count()).toBe(SCENARIO_ECK_CLUSTERS.length);
    await expect(page.locator('[data-test-subj="eckClustersTable"]').innerText()).resolves.toContain('logs-prod');

    const remoteRows = page.locator('[data-test-subj="remoteClustersTable"] tbody tr');
    await remoteRows.first().waitFor();
    expect(await remoteRows.count()).toBe(2);
    const link = page.locator('[data-test-subj="openInRemoteClusters-legacy-dc"]');
    expect(await link.getAttribute('href')).toBe('/app/management/data/remote_clusters/list?cluster=legacy-dc');

    await expect(page.locator('[data-test-subj="breadcrumbs"]').innerText()).resolves.toContain('ECK remote clusters');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/overview.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a user without privileges why they see nothing', async () => {
    const { page, context } = await openAs('nobody');
    await page.locator('[data-test-subj="eckClustersPermissionDenied"]').waitFor();
    await page.locator('[data-test-subj="remoteClustersPermissionDenied"]').waitFor();
    await expect(page.locator('[data-test-subj="eckClustersPermissionDenied"]').innerText()).resolves.toContain(
      'read_eck_remote_clusters',
    );
    await context.close();
  });

  it('works at a narrow width', async () => {
    const { page, context, errors } = await openAs('admin', { width: 420, height: 900 });
    await page.locator('[data-test-subj="eckClustersTable"] tbody tr').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/overview-narrow.png`, fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
