import type { Browser, Page } from 'playwright-core';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { DOCTOR_CATALOGUE } from '../../common/doctor/doctor_catalogue';
import { DoctorSandbox, type EckRef } from '../flows/support/doctor_sandbox';
import { launchChromium } from './support/chromium';

jest.setTimeout(120_000);

/** Screenshots go to target/ unless the docs' copies are being refreshed (SCREENSHOT_DIR=docs/screenshots). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

const LOGS: EckRef = { namespace: 'search-prod', name: 'logs-prod' };
const subj = (testSubj: string) => `[data-test-subj="${testSubj}"]`;
const hopStatus = (page: Page, hop: string, status: string) =>
  page.locator(`${subj(`hop-${hop}`)} ${subj(`hopStatus-${status}`)}`);

/**
 * The connection doctor in Chromium: an admin connected logs-prod by hand and forgot the CA; from
 * the overview, "Diagnose" names the cause and the fix, and once fixed, says so.
 */
describe('the connection doctor in Chromium, against the sandbox', () => {
  let sandbox: DoctorSandbox;
  let browser: Browser;

  beforeAll(async () => {
    [sandbox, browser] = await Promise.all([DoctorSandbox.start(), launchChromium()]);
    const address = await sandbox.exposeRemoteClusterServer(LOGS);
    const key = await sandbox.crossClusterKey(LOGS, ['logs-*']);
    sandbox.addCredentials({ logs: key.encoded });
    await sandbox.restartNodes();
    await sandbox.configureRemotes({
      logs: {
        mode: 'proxy',
        proxy_address: `${address}:9443`,
        server_name: 'logs-prod-es-remote-cluster.search-prod.svc',
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it('diagnoses a remote whose CA the nodes do not trust, then sees it fixed', async () => {
    const context = await browser.newContext({
      httpCredentials: { username: 'admin', password: SEED_PASSWORDS.admin },
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(sandbox.app.appUrl);

    await page.locator(subj('diagnose-logs')).click();
    await page.locator(subj('doctorHops')).waitFor();
    expect(page.url()).toContain('/doctor/logs');
    await hopStatus(page, 'local_trust', 'failed').waitFor();
    const failure = page.locator(subj('hopFailure-local_ca_not_trusted'));
    await expect(failure.innerText()).resolves.toContain(DOCTOR_CATALOGUE.local_ca_not_trusted.cause);
    await expect(failure.innerText()).resolves.toContain(DOCTOR_CATALOGUE.local_ca_not_trusted.fix);
    await expect(page.locator(subj('doctorEckCluster')).innerText()).resolves.toContain(
      'ECK cluster search-prod/logs-prod',
    );
    // The hops before trust passed: the address, TCP and TLS from the Kibana host are fine.
    for (const hop of ['eck_resource', 'remote_cluster_server', 'exposure', 'tcp', 'tls']) {
      await hopStatus(page, hop, 'ok').waitFor();
    }
    await hopStatus(page, 'connected', 'failed').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/doctor.png`, fullPage: true });

    await sandbox.trustCas([sandbox.transportCaPem(LOGS)]);
    await sandbox.restartNodes();
    await page.locator(subj('diagnoseAgain')).click();
    await hopStatus(page, 'local_trust', 'ok').waitFor();
    await hopStatus(page, 'connected', 'ok').waitFor();
    // The admin has no remote_indices: the connection works, their own searches would not.
    await page.locator(subj('hopFailure-no_remote_indices')).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });
});
