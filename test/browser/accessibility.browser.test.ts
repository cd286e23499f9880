import type { Page } from 'playwright-core';
import { blockingViolations, describeViolations } from './support/accessibility';
import { openAs, SCREENSHOT_DIR, stepStatus, subj } from './support/flow_page';
import { sandboxInChromium } from './support/browser_suite';

jest.setTimeout(120_000);

const API_KEY_CHOICES = '?alias=logs&exposure=LoadBalancer&port=9443&indexPatterns=logs-*';
const CERTIFICATE_CHOICES = '?model=certificate&alias=logs&exposure=LoadBalancer&port=9300&indexPatterns=logs-*';

interface PageCase {
  name: string;
  user?: 'admin' | 'nobody';
  path: string;
  /** What shows once the page has what it loads. */
  ready: (page: Page) => Promise<void>;
}

const visible = (testSubj: string) => (page: Page) => page.locator(subj(testSubj)).first().waitFor();

/** Every page of the app, in the states worth checking: loaded, refused, with a plan of each model. */
const PAGES: PageCase[] = [
  { name: 'overview', path: '', ready: visible('eckClustersTable') },
  { name: 'overview, without privileges', user: 'nobody', path: '', ready: visible('eckClustersPermissionDenied') },
  { name: 'connect, API key choices', path: '/connect/search-prod/logs-prod', ready: visible('connectionForm') },
  {
    name: 'connect, API key plan',
    path: `/connect/search-prod/logs-prod${API_KEY_CHOICES}`,
    ready: (page) => stepStatus(page, 'preflight', 'done').waitFor(),
  },
  {
    name: 'connect, confirming a change',
    path: `/connect/search-prod/logs-prod${API_KEY_CHOICES}`,
    ready: async (page) => {
      await stepStatus(page, 'expose_remote_cluster_server', 'ready').waitFor();
      await page.locator(subj('apply-expose_remote_cluster_server')).click();
      await page.locator(subj('applyConfirm-expose_remote_cluster_server')).waitFor();
    },
  },
  {
    name: 'connect, certificate plan',
    path: `/connect/search-prod/logs-prod${CERTIFICATE_CHOICES}`,
    ready: (page) => stepStatus(page, 'preflight', 'done').waitFor(),
  },
  {
    name: 'back from Remote Clusters',
    path: '/added/search-prod/logs-prod?cluster=logs',
    ready: visible('remoteAdded'),
  },
  { name: 'validate', path: '/validate', ready: visible('ccsCheckForm') },
  {
    name: 'keys',
    path: '/keys',
    ready: async (page) => {
      await visible('refreshKeys')(page);
      await page.locator(subj('keysLoading')).waitFor({ state: 'detached' });
    },
  },
  { name: 'doctor', path: '/doctor/legacy-dc', ready: visible('doctorHops') },
  { name: 'not found', path: '/nowhere', ready: visible('notFound') },
];

/**
 * axe-core on every page in Chromium: no serious or critical violation (missing names, contrast,
 * invalid ARIA). And the flow's pages at 600 px: nothing wider than the window.
 */
describe('accessibility and narrow widths, in Chromium', () => {
  const suite = sandboxInChromium();

  it.each(PAGES)('$name has no serious or critical axe violation', async ({ user = 'admin', path, ready }) => {
    const { page, context, errors } = await openAs(suite.browser, suite.app, user, { path });
    await ready(page);
    const violations = await blockingViolations(page);
    expect(describeViolations(violations)).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['connect-narrow.png', `/connect/search-prod/logs-prod${API_KEY_CHOICES}`],
    ['certificate-narrow.png', `/connect/search-prod/logs-prod${CERTIFICATE_CHOICES}`],
  ])('lays out %s at 600 px without sideways scrolling', async (fileName, path) => {
    const { page, context, errors } = await openAs(suite.browser, suite.app, 'admin', {
      path,
      viewport: { width: 600, height: 900 },
    });
    await stepStatus(page, 'preflight', 'done').waitFor();
    await page.locator(subj('planRefreshing')).waitFor({ state: 'detached' });
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // Elements wider than the window, by test subject: what would be cut off.
      wide: [...document.querySelectorAll('[data-test-subj]')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => element.getAttribute('data-test-subj')),
    }));
    expect(overflow).toEqual({ page: 0, wide: [] });
    expect(await blockingViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${fileName}`, fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
