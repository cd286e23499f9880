import { Client } from '@elastic/elasticsearch';
import type { Page } from 'playwright-core';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { openAs, stepStatus, subj } from './support/flow_page';
import { sandboxInChromium } from './support/browser_suite';

jest.setTimeout(120_000);

/**
 * Kibana's Remote Clusters add page as far as this app relies on it: on save it navigates to
 * `/app/management` + the decoded `redirect` + `?cluster=<alias>`; on cancel, to the redirect alone
 * (x-pack/platform/plugins/private/remote_clusters, `remote_cluster_add.tsx`).
 */
const REMOTE_CLUSTERS_ADD_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Remote Clusters</title></head><body>
<h1>Add remote cluster</h1>
<button id="save">Save</button> <button id="cancel">Cancel</button>
<script>
  const redirect = decodeURIComponent(new URLSearchParams(location.search).get('redirect'));
  document.getElementById('save').onclick = () => location.assign('/app/management' + redirect + '?cluster=logs-by-hand');
  document.getElementById('cancel').onclick = () => location.assign('/app/management' + redirect);
</script></body></html>`;

/** "Add it in Remote Clusters instead", and back: the alias Remote Clusters saved is picked up. */
describe('Remote Clusters round trip in Chromium', () => {
  const suite = sandboxInChromium();

  async function toRemoteClusters(page: Page) {
    await page.route('**/app/management/data/remote_clusters/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: REMOTE_CLUSTERS_ADD_PAGE }),
    );
    await page.locator(subj('addInRemoteClusters')).click();
    await page.waitForURL('**/remote_clusters/add?**');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe(
      '/data/eck_remote_clusters/added/search-prod/logs-prod',
    );
  }

  it('comes back with the alias Remote Clusters added, and checks it with the plan', async () => {
    const { page, context, errors } = await openAs(suite.browser, suite.app, 'admin', {
      path: '/connect/search-prod/logs-prod',
    });
    await toRemoteClusters(page);

    // What Remote Clusters saves: a proxy-mode remote, typed in by hand.
    const admin = new Client({
      node: suite.app.world!.localElasticsearchUrl,
      auth: { username: 'admin', password: SEED_PASSWORDS.admin },
    });
    await admin.cluster.putSettings({
      persistent: {
        cluster: { remote: { 'logs-by-hand': { mode: 'proxy', proxy_address: 'logs.example.com:9443' } } },
      },
    });
    await admin.close();
    await page.locator('#save').click();

    await page.locator(subj('remoteAdded')).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/management/data/eck_remote_clusters/added/search-prod/logs-prod');
    await expect(page.locator(subj('remoteAdded')).innerText()).resolves.toContain(
      'Remote Clusters added logs-by-hand',
    );
    expect(await page.locator(subj('diagnoseRemote-logs-by-hand')).getAttribute('href')).toBe(
      '/app/management/data/eck_remote_clusters/doctor/logs-by-hand/search-prod/logs-prod',
    );

    // The plan for the ECK cluster, with that alias: it finds the remote, and what is wrong with it.
    await page.locator(subj('continueWithPlan')).click();
    await page.locator(subj('connectionForm')).waitFor();
    expect(await page.locator(subj('aliasInput')).inputValue()).toBe('logs-by-hand');
    await page.locator(subj('indexPatternsInput')).fill('logs-*');
    await page.locator(subj('connectionFormSubmit')).click();
    await stepStatus(page, 'preflight', 'done').waitFor();
    await expect(page.locator(subj('stepReason-verify')).innerText()).resolves.toContain(
      "logs-by-hand does not connect: its server_name is not set, but the ECK cluster's certificate names " +
        'logs-prod-es-remote-cluster.search-prod.svc.',
    );

    expect(errors).toEqual([]);
    await context.close();
  });

  it('says nothing was added when Remote Clusters was cancelled', async () => {
    const { page, context, errors } = await openAs(suite.browser, suite.app, 'admin', {
      path: '/connect/search-prod/logs-prod',
    });
    await toRemoteClusters(page);
    await page.locator('#cancel').click();
    await page.locator(subj('remoteNotAdded')).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
