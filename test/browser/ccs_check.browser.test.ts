import type { Browser, Page } from 'playwright-core';
import { APP_PATH } from '../../common/constants';
import { SEED_PASSWORDS, type SeedUsername } from '../../dev/sandbox/elasticsearch';
import { startRemoteFleet, type RemoteFleet } from '../support/remote_fleet';
import { launchChromium } from './support/chromium';

jest.setTimeout(90_000);

const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

/**
 * The CCS check as the CCS user (`ccs_user`: no cluster privilege, `remote_indices` for `logs-*`),
 * reached from the overview, and the live status column as an admin. Remotes: `eck` (connected),
 * `gone-01` (nothing at its address), `hung-01` (accepts and never answers).
 */
describe('CCS check and live status in Chromium, against the sandbox', () => {
  let fleet: RemoteFleet;
  let browser: Browser;

  beforeAll(async () => {
    [fleet, browser] = await Promise.all([
      startRemoteFleet({
        shape: { connected: 1, refused: 0, unreachable: 1, silent: 1 },
        handshakeTimeoutMs: 30_000,
        browser: true,
        remoteStatusTimeoutMs: 1_000,
      }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await fleet?.close();
  });

  async function openAs(username: SeedUsername, path = '') {
    const context = await browser.newContext({
      httpCredentials: { username, password: SEED_PASSWORDS[username] },
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${fleet.baseUrl}${APP_PATH}${path}`);
    return { page, context, errors };
  }

  async function check(page: Page, alias: string, indexPattern: string) {
    await page.locator('[data-test-subj="aliasInput"]').fill(alias);
    await page.locator('[data-test-subj="indexPatternInput"]').fill(indexPattern);
    await page.locator('[data-test-subj="ccsCheckButton"]').click();
  }

  it('lets the CCS user reach the check from the overview and search logs-* on eck', async () => {
    const { page, context, errors } = await openAs('ccs_user');
    // The overview's sections need privileges this user lacks; the check does not.
    await page.locator('[data-test-subj="remoteClustersPermissionDenied"]').waitFor();
    await page.locator('[data-test-subj="validateLink"]').click();
    await page.waitForURL(`**${APP_PATH}/validate`);

    await check(page, 'eck', 'logs-*');
    const ok = page.locator('[data-test-subj="ccsCheckOk"]');
    await ok.waitFor();
    await expect(ok.innerText()).resolves.toContain('You can search eck:logs-*');
    await expect(page.locator('[data-test-subj="ccsCheckResult"]').innerText()).resolves.toContain('eck:logs-web');
    await expect(page.locator('[data-test-subj="ccsSearchStatus"]').innerText()).resolves.toContain('Successful');
    await expect(page.locator('[data-test-subj="breadcrumbs"]').innerText()).resolves.toContain(
      'Check cross-cluster search',
    );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/ccs_check.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains a disconnected remote and a pattern out of reach, and refuses a bad pattern before sending', async () => {
    const { page, context } = await openAs('ccs_user', '/validate');
    await check(page, 'gone-01', 'logs-*');
    const unavailable = page.locator('[data-test-subj="ccsProblem-remote_unavailable"]');
    await unavailable.waitFor();
    await expect(unavailable.innerText()).resolves.toContain('Unable to connect to [gone-01]');

    await check(page, 'eck', 'metrics-*');
    const narrow = page.locator('[data-test-subj="ccsProblem-role_too_narrow"]');
    await narrow.waitFor();
    await expect(narrow.locator('[data-test-subj="ccsProblemOwner"]').innerText()).resolves.toBe('Your role');
    await expect(narrow.locator('[data-test-subj="ccsProblemFix"]').innerText()).resolves.toContain('"metrics-*"');

    const requestsBefore = fleet.world.local.requestLog.requests.length;
    await check(page, 'eck', 'logs-*,secrets:*');
    await page.getByText('[secrets:*] is not a valid index pattern', { exact: false }).waitFor();
    expect(fleet.world.local.requestLog.requests.length).toBe(requestsBefore);
    await context.close();
  });

  it('shows the admin each remote live: connected, not connected, timed out by name', async () => {
    const { page, context, errors } = await openAs('admin');
    const hung = page.locator('[data-test-subj="remoteStatus-hung-01"][data-status="timed_out"]');
    await hung.waitFor();
    await expect(hung.innerText()).resolves.toContain('Timed out');
    await expect(hung.innerText()).resolves.toContain('No answer within 1000 ms');
    await page.locator('[data-test-subj="remoteStatus-eck"][data-status="connected"]').waitFor();
    await page.locator('[data-test-subj="remoteStatus-gone-01"][data-status="disconnected"]').waitFor();

    const reconnected = page.waitForResponse((response) => response.url().endsWith('/remote_status/reconnect'));
    await page.locator('[data-test-subj="reconnect-eck"]').click();
    expect((await reconnected).status()).toBe(200);
    await page.locator('[data-test-subj="remoteStatus-eck"][data-status="connected"]').waitFor();
    expect(fleet.logLines.some((line) => line.includes('Reconnect eck: connected'))).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/remote_status.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
