import { focused, openAs, stepStatus, subj, tabTo } from './support/flow_page';
import { sandboxInChromium } from './support/browser_suite';

jest.setTimeout(120_000);

/** The API key flow with the keyboard only: every field, choice, toggle and confirmation. */
describe('the API key flow, keyboard only, in Chromium', () => {
  const suite = sandboxInChromium({ world: { timings: { rollingRestartMs: 100, loadBalancerDelayMs: 100 } } });

  it('is filled in, submitted, and its steps applied without a mouse', async () => {
    const { page, context, errors } = await openAs(suite.browser, suite.app, 'admin', {
      path: '/connect/search-ops/metrics-prod',
    });
    await page.locator(subj('connectionForm')).waitFor();

    // The security model comes first: arrows move between the models, as in any radio group.
    await tabTo(page, 'securityModel-api_key');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(`${subj('securityModel-certificate')} input`).isChecked()).toBe(true);
    await page.locator(subj('certificateDeprecated')).waitFor();
    await page.keyboard.press('ArrowUp');
    expect(await page.locator(`${subj('securityModel-api_key')} input`).isChecked()).toBe(true);

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

    // Enter opens the confirmation again, and Enter confirms: ECK restarts metrics-prod, then the
    // plan moves on by itself.
    await page.keyboard.press('Enter');
    await modal.waitFor();
    await page.keyboard.press('Enter');
    await modal.waitFor({ state: 'detached' });
    await stepStatus(page, 'enable_remote_cluster_server', 'done').waitFor({ timeout: 20_000 });

    // The next change is reachable the same way: from the step before it, the command's copy
    // button, then Apply.
    await stepStatus(page, 'expose_remote_cluster_server', 'ready').waitFor();
    await page.locator(subj('evidenceToggle-enable_remote_cluster_server')).focus();
    await tabTo(page, 'euiCodeBlockCopy', 1);
    await tabTo(page, 'apply-expose_remote_cluster_server', 1);
    // metrics-prod's operator is older than 3.3: the first try at exposing it teaches the plan
    // that ECK leaves its Service alone, and the plan then offers a Service of its own.
    const expose = page.locator(`${subj('step-expose_remote_cluster_server')} [data-test-subj^="stepStatus-"]`);
    const deadline = Date.now() + 30_000;
    let applies = 0;
    while ((await expose.getAttribute('data-test-subj')) !== 'stepStatus-done') {
      if (Date.now() > deadline) throw new Error(`expose_remote_cluster_server is not done after ${applies} applies`);
      if ((await expose.getAttribute('data-test-subj')) === 'stepStatus-ready') {
        applies += 1;
        expect(applies).toBeLessThanOrEqual(2);
        if ((await focused(page)) !== 'apply-expose_remote_cluster_server') {
          await page.locator(subj('refreshPlan')).focus();
          await tabTo(page, 'apply-expose_remote_cluster_server', 60);
        }
        await page.keyboard.press('Enter');
        const exposeModal = page.locator(subj('applyConfirm-expose_remote_cluster_server'));
        await exposeModal.waitFor();
        // Count an apply only once its answer is in: on a loaded machine the step still shows
        // `ready` for a while after the confirmation closes.
        await Promise.all([
          page.waitForResponse((response) => response.url().includes('/connections/api_key/apply')),
          page.keyboard.press('Enter'),
        ]);
        await exposeModal.waitFor({ state: 'detached' });
      }
      await page.waitForTimeout(500);
    }

    // The page resumes from its URL after a reload.
    await page.reload();
    await stepStatus(page, 'expose_remote_cluster_server', 'done').waitFor();
    expect(await page.locator(subj('aliasInput')).inputValue()).toBe('metrics');

    expect(errors).toEqual([]);
    await context.close();
  });

  it("fills in the certificate model's own fields without a mouse", async () => {
    const { page, context, errors } = await openAs(suite.browser, suite.app, 'admin', {
      path: '/connect/search-prod/logs-prod',
    });
    await page.locator(subj('connectionForm')).waitFor();
    const localCa = suite.app.world!.localElasticsearch.transportCa.certificatePem;

    await tabTo(page, 'securityModel-api_key');
    await page.keyboard.press('ArrowDown');
    await page.locator(subj('certificateFields')).waitFor();
    await tabTo(page, 'indexPatternsInput');
    await page.keyboard.type('logs-*');
    // The CA is typed (pasted) into its field; the file picker and the questions follow in order.
    await tabTo(page, 'localTransportCaInput');
    await page.keyboard.insertText(localCa);
    await tabTo(page, 'localTransportCaFile');
    await tabTo(page, 'localTransportTls-detect');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('localTransportTls-pem');
    await tabTo(page, 'localVerificationModeSelect');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'roleNameInput');
    await page.keyboard.type('logs_readers');
    await tabTo(page, 'connectionFormSubmit');
    await page.keyboard.press('Enter');

    await stepStatus(page, 'trust_local_ca_on_eck', 'ready').waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
      model: 'certificate',
      port: '9300',
      localTransportTls: 'pem',
      localVerificationMode: 'full',
      roleName: 'logs_readers',
    });
    // The one-click switch is a button like any other.
    await tabTo(page, 'switchToApiKeyModel', 80);
    await page.keyboard.press('Enter');
    await stepStatus(page, 'expose_remote_cluster_server', 'ready').waitFor();
    expect(await page.locator(`${subj('securityModel-api_key')} input`).isChecked()).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });
});
