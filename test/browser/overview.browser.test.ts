import { Client } from '@elastic/elasticsearch';
import type { Browser } from 'playwright-core';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { SCENARIO_ECK_CLUSTERS } from '../../dev/sandbox/scenario';
import type { Standalone } from '../../dev/host/start_standalone';
import { launchChromium } from './support/chromium';
import { startSandboxApp } from './support/standalone_app';

jest.setTimeout(60_000);

/** Screenshots go to target/ unless the docs' copies are being refreshed (SCREENSHOT_DIR=docs/screenshots). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

const subj = (testSubj: string) => `[data-test-subj="${testSubj}"]`;

/** A remote an admin added by hand for logs-prod: the overview should recognise the ECK cluster behind it. */
async function addRemoteForLogsProd(app: Standalone) {
  const elastic = new Client({
    node: app.world!.localElasticsearchUrl,
    auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
  });
  await elastic.cluster.putSettings({
    persistent: {
      cluster: {
        remote: {
          logs: {
            mode: 'proxy',
            proxy_address: 'logs-prod-es-remote-cluster.search-prod.svc:9443',
            server_name: 'logs-prod-es-remote-cluster.search-prod.svc',
          },
        },
      },
    },
  });
  await elastic.close();
}

describe('overview page in Chromium, against the sandbox', () => {
  let app: Standalone;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startSandboxApp(), launchChromium()]);
    await addRemoteForLogsProd(app);
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
    expect(await remoteRows.count()).toBe(3);
    const link = page.locator('[data-test-subj="openInRemoteClusters-legacy-dc"]');
    expect(await link.getAttribute('href')).toBe('/app/management/data/remote_clusters/list?cluster=legacy-dc');

    await expect(page.locator('[data-test-subj="breadcrumbs"]').innerText()).resolves.toContain('ECK remote clusters');
    // Every cross-reference has arrived before the picture is taken.
    await page.locator(`${subj('remoteCaExpiry-logs')}[data-state]`).waitFor();
    await page.locator(`${subj('remoteStatus-logs')}:not([data-status="last-known"])`).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/overview.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('maps each remote to the ECK cluster it points at, with its CA expiry and actions', async () => {
    const { page, context, errors } = await openAs('admin');
    const logs = page.locator(subj('remoteEckCluster-logs'));
    await page.locator(`${subj('remoteEckCluster-logs')}[data-match="search-prod/logs-prod"]`).waitFor();
    expect(await logs.getAttribute('data-via')).toBe('service_dns');
    await expect(logs.innerText()).resolves.toContain('DNS name of logs-prod-es-remote-cluster');
    for (const alias of ['legacy-dc', 'backup-site']) {
      await expect(page.locator(subj(`remoteEckCluster-${alias}`)).innerText()).resolves.toBe(
        'None found in Kubernetes',
      );
    }

    // The CA watch reads logs-prod's transport CA from its public Secret: a real expiry date.
    const expiry = page.locator(`${subj('remoteCaExpiry-logs')}[data-state]`);
    await expiry.waitFor();
    expect(await expiry.innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \(in \d+ days\)/);
    await expect(page.locator(subj('remoteCaExpiry-legacy-dc')).innerText()).resolves.toBe('—');

    expect(await page.locator(subj('diagnose-logs')).getAttribute('href')).toBe(
      '/app/management/data/eck_remote_clusters/doctor/logs/search-prod/logs-prod',
    );
    await page.locator(subj('validate-logs')).click();
    await page.locator(subj('ccsCheckForm')).waitFor();
    expect(await page.locator(subj('aliasInput')).inputValue()).toBe('logs');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says which ECK clusters can be connected, and why not', async () => {
    const { page, context, errors } = await openAs('admin');
    const qualification = (id: string) => page.locator(subj(`qualification-${id}`));
    await qualification('search-prod-logs-prod').waitFor();

    // The local cluster runs 9.1.5 with an Enterprise licence.
    for (const [namespace, name] of [
      ['search-prod', 'logs-prod'],
      ['search-ops', 'metrics-prod'],
      ['team-basic', 'basic-search'],
    ]) {
      expect(await qualification(`${namespace}-${name}`).getAttribute('data-can-connect')).toBe('true');
      const connect = page.locator(subj(`connect-${namespace}-${name}`));
      expect(await connect.getAttribute('href')).toMatch(new RegExp(`/connect/${namespace}/${name}$`));
    }
    await expect(page.locator(subj('connectedAs-search-prod-logs-prod')).innerText()).resolves.toBe(
      'Connected as logs',
    );

    for (const [id, reason] of [
      ['analytics-events-8', 'A local cluster on 9.1 cannot search a remote cluster on 8.19'],
      ['legacy-archive', 'A local cluster on 9.1 cannot search a remote cluster on 8.9'],
    ]) {
      expect(await qualification(id).getAttribute('data-can-connect')).toBe('false');
      await expect(page.locator(subj(`cannotConnectReason-${id}`)).innerText()).resolves.toContain(reason);
      const connect = page.locator(subj(`connect-${id}`));
      expect(await connect.isDisabled()).toBe(true);
      expect(await connect.getAttribute('aria-label')).toContain(reason);
    }
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
