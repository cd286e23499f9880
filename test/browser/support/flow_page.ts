import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Standalone } from '../../../dev/host/start_standalone';
import { SEED_PASSWORDS } from '../../../dev/sandbox/elasticsearch';

/** Screenshots go to target/ unless the docs' copies are being refreshed (SCREENSHOT_DIR=docs/screenshots). */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

export const subj = (testSubj: string) => `[data-test-subj="${testSubj}"]`;

export const stepStatus = (page: Page, stepId: string, status: string) =>
  page.locator(`${subj(`step-${stepId}`)} ${subj(`stepStatus-${status}`)}`);

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors of the page: a test ends by expecting none. */
  errors: string[];
}

/** A fresh context logged in as a seeded user (the browser's basic-auth prompt, answered). */
export async function openAs(
  browser: Browser,
  app: Standalone,
  username: keyof typeof SEED_PASSWORDS,
  {
    path = '',
    viewport = { width: 1280, height: 900 },
  }: { path?: string; viewport?: { width: number; height: number } } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    httpCredentials: { username, password: SEED_PASSWORDS[username] },
    viewport,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${app.appUrl}${path}`);
  return { page, context, errors };
}

/** Applies a ready step through its confirmation. */
export async function applyStep(page: Page, stepId: string) {
  await page.locator(subj(`apply-${stepId}`)).click();
  const modal = page.locator(subj(`applyConfirm-${stepId}`));
  await modal.waitFor();
  await modal.locator(subj('confirmModalConfirmButton')).click();
  await modal.waitFor({ state: 'detached' });
}

async function untilDone(page: Page, stepId: string, timeoutMs: number, poke: () => Promise<void>) {
  const deadline = Date.now() + timeoutMs;
  while (!(await stepStatus(page, stepId, 'done').isVisible())) {
    if (Date.now() > deadline) throw new Error(`${stepId} is not done after ${timeoutMs} ms`);
    await poke();
    await page.waitForTimeout(250);
  }
}

/** Clicks "Check again" until the step is done: the sandbox's nodes restart on their own timers. */
export const checkUntilDone = (page: Page, stepId: string, timeoutMs = 20_000) =>
  untilDone(page, stepId, timeoutMs, async () => {
    const button = page.locator(subj(`checkAgain-${stepId}`));
    if (await button.isEnabled().catch(() => false)) await button.click().catch(() => undefined);
  });

export const refreshUntilDone = (page: Page, stepId: string, timeoutMs = 20_000) =>
  untilDone(page, stepId, timeoutMs, () => page.locator(subj('refreshPlan')).click());

/** The whole page, from the top (the host's header is fixed), once no request is in flight. */
export async function screenshot(page: Page, fileName: string) {
  await page.locator(subj('planRefreshing')).waitFor({ state: 'detached' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${fileName}`, fullPage: true });
}

/** EuiCodeBlock puts the test subject on its `code` element. */
export const codeText = async (code: Locator) => (await code.innerText()).trim();

/** The names in a step's "Not confirmed yet on" list. */
export const pendingNodes = (page: Page, stepId: string) =>
  page.locator(`${subj(`pendingNodes-${stepId}`)} .euiBadge__text`).allInnerTexts();

/** The element with focus, named by the nearest test subject (a radio's is on its wrapper). */
export const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-test-subj]')?.getAttribute('data-test-subj') ?? null);

/** Whether focus is inside the element with test subject `container`. */
const focusIsWithin = (page: Page, container: string) =>
  page.evaluate((selector) => document.activeElement?.closest(selector) !== null, subj(container));

/**
 * Presses Tab until `testSubj` has focus (inside `within`, when given): proves it is reachable by
 * keyboard, in order.
 */
export async function tabTo(page: Page, testSubj: string, maxPresses = 40, within?: string) {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === testSubj && (!within || (await focusIsWithin(page, within)))) return;
  }
  throw new Error(`${testSubj} was not reached with ${maxPresses} presses of Tab; focus is on ${await focused(page)}`);
}
