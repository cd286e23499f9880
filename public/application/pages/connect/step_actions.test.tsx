import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deferred, failWith, respondWith } from '../../test_helpers/fake_core_start';
import { errorBody } from '../../test_helpers/fixtures';
import { apiKeyPlan, applied, STEPS } from '../../test_helpers/plan_fixtures';
import { findStep, renderConnectPage, statusOf } from '../../test_helpers/render_connect_page';

const ENCODED_KEY = 'U2xrUVdwWmdiejI5M2loRXlQR206eHMxZzhPWEdKNFdGMnlKU3h4S1NtUQ==';

const EXPECTED_REQUEST = {
  target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
  choices: {
    exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
    access: { search: [{ names: ['logs-*'] }] },
    skipUnavailable: true,
    replaceExisting: false,
  },
};

describe('Applying and checking steps', () => {
  it('asks first, showing what will change; cancelling changes nothing', async () => {
    const apply = jest.fn(respondWith(applied(apiKeyPlan())));
    renderConnectPage({ plan: respondWith(apiKeyPlan([STEPS.enableReady()])), apply });

    await userEvent.click(
      within(await findStep('enable_remote_cluster_server')).getByTestId('apply-enable_remote_cluster_server'),
    );

    const modal = screen.getByTestId('applyConfirm-enable_remote_cluster_server');
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Apply "Enable the remote cluster server"?');
    expect(modal).toHaveTextContent('The remote cluster server is off.');
    expect(modal).toHaveTextContent('ECK restarts every node of logs-prod');
    expect(modal).toHaveTextContent('The plugin runs exactly this, as you:');
    expect(modal).toHaveTextContent('kubectl -n search-prod patch elasticsearch logs-prod');
    expect(within(modal).getByTestId('confirmModalConfirmButton')).toHaveFocus();

    await userEvent.click(within(modal).getByTestId('confirmModalCancelButton'));

    expect(screen.queryByTestId('applyConfirm-enable_remote_cluster_server')).not.toBeInTheDocument();
    expect(apply).not.toHaveBeenCalled();
  });

  it('applies on confirmation and shows the plan the server answers with', async () => {
    const apply = jest.fn(respondWith(applied(apiKeyPlan([STEPS.exposeWaiting()]))));
    const plan = jest.fn(respondWith(apiKeyPlan([STEPS.enableReady(), STEPS.blocked('expose_remote_cluster_server')])));
    renderConnectPage({ plan, apply });

    await userEvent.click(
      within(await findStep('enable_remote_cluster_server')).getByTestId('apply-enable_remote_cluster_server'),
    );
    await userEvent.click(screen.getByTestId('confirmModalConfirmButton'));

    await waitFor(async () => expect(statusOf(await findStep('enable_remote_cluster_server'))).toBe('done'));
    expect(statusOf(await findStep('expose_remote_cluster_server'))).toBe('waiting');
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenCalledWith({ ...EXPECTED_REQUEST, step: 'enable_remote_cluster_server' });
    expect(plan).toHaveBeenCalledTimes(1);
  });

  it('applies one step at a time', async () => {
    const answer = deferred();
    renderConnectPage({
      plan: respondWith(apiKeyPlan([STEPS.enableReady(), STEPS.createKeyReady()])),
      apply: answer.responder,
    });

    await userEvent.click(
      within(await findStep('enable_remote_cluster_server')).getByTestId('apply-enable_remote_cluster_server'),
    );
    await userEvent.click(screen.getByTestId('confirmModalConfirmButton'));

    expect(screen.getByTestId('apply-create_api_key')).toBeDisabled();
    await act(async () => answer.resolve(applied(apiKeyPlan([STEPS.createKeyReady()]))));
    expect(screen.getByTestId('apply-create_api_key')).toBeEnabled();
  });

  it('shows the new API key once, outside the URL and storage, and forgets it when dismissed', async () => {
    const keyResponse = applied(apiKeyPlan([STEPS.keystoreManual()]), {
      apiKey: { id: 'SlkQWpZgbz293ihEyPGm', name: 'kibana-remote-logs', encoded: ENCODED_KEY },
    });
    const plan = jest.fn(respondWith(apiKeyPlan([STEPS.createKeyReady()])));
    const { history, container } = renderConnectPage({ plan, apply: respondWith(keyResponse) });

    await userEvent.click(within(await findStep('create_api_key')).getByTestId('apply-create_api_key'));
    await userEvent.click(screen.getByTestId('confirmModalConfirmButton'));

    const callout = await screen.findByTestId('newApiKey');
    expect(callout).toHaveTextContent('Copy the cross-cluster API key now');
    expect(callout).toHaveTextContent('It cannot be shown again');
    expect(screen.getByTestId('newApiKeyValue')).toHaveTextContent(ENCODED_KEY);
    expect(within(callout).getByRole('button', { name: 'Copy the API key' })).toBeInTheDocument();
    expect(container.innerHTML.split(ENCODED_KEY)).toHaveLength(2);
    expect(callout.parentElement).toHaveFocus();
    expect(history.location.search + history.location.pathname).not.toContain(ENCODED_KEY);
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain(ENCODED_KEY);

    // Reading the plan again does not bring it back, and only dismissing removes it.
    await userEvent.click(screen.getByTestId('refreshPlan'));
    await waitFor(() => expect(plan).toHaveBeenCalledTimes(2));
    expect(screen.getByTestId('newApiKey')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('dismissNewApiKey'));

    expect(screen.queryByTestId('newApiKey')).not.toBeInTheDocument();
    expect(container.innerHTML).not.toContain(ENCODED_KEY);
  });

  it('asks the browser to confirm leaving while the key is on screen', async () => {
    renderConnectPage({
      plan: respondWith(apiKeyPlan([STEPS.createKeyReady()])),
      apply: respondWith(
        applied(apiKeyPlan(), { apiKey: { id: 'id', name: 'kibana-remote-logs', encoded: ENCODED_KEY } }),
      ),
    });
    await userEvent.click(await screen.findByTestId('apply-create_api_key'));
    await userEvent.click(screen.getByTestId('confirmModalConfirmButton'));
    await screen.findByTestId('newApiKey');

    const whileShown = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(whileShown);
    expect(whileShown.defaultPrevented).toBe(true);

    await userEvent.click(screen.getByTestId('dismissNewApiKey'));
    const afterDismiss = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(afterDismiss);
    expect(afterDismiss.defaultPrevented).toBe(false);
  });

  it('checks the keystore step by reloading secure settings, naming the nodes that failed', async () => {
    const apply = jest.fn(
      respondWith(
        applied(apiKeyPlan([STEPS.keystoreManual()]), {
          reloadFailures: [{ node: 'es-local-2', error: 'keystore password is incorrect' }],
        }),
      ),
    );
    renderConnectPage({ plan: respondWith(apiKeyPlan([STEPS.keystoreManual()])), apply });

    await userEvent.click(await screen.findByTestId('checkAgain-add_credentials_to_keystore'));

    const result = await screen.findByTestId('checkResult-add_credentials_to_keystore');
    expect(apply).toHaveBeenCalledWith({ ...EXPECTED_REQUEST, step: 'add_credentials_to_keystore' });
    expect(result).toHaveTextContent('Checked: not confirmed yet on es-local-1, es-local-2, es-local-3.');
    expect(result).toHaveTextContent('Reloading secure settings failed on es-local-2: keystore password is incorrect');
  });

  it('says when the reload succeeded everywhere', async () => {
    renderConnectPage({
      plan: respondWith(apiKeyPlan([STEPS.keystoreManual()])),
      apply: respondWith(applied(apiKeyPlan([STEPS.keystoreManual()]), { reloadFailures: [] })),
    });

    await userEvent.click(await screen.findByTestId('checkAgain-add_credentials_to_keystore'));

    expect(await screen.findByTestId('checkResult-add_credentials_to_keystore')).toHaveTextContent(
      'Secure settings were reloaded on every node without an error.',
    );
  });

  it('checks other manual steps by reading the plan again, naming the nodes still missing', async () => {
    const answers = [apiKeyPlan([STEPS.trustManual()]), apiKeyPlan([STEPS.trustManual(['es-local-2'])])];
    const plan = jest.fn(() => Promise.resolve(answers.shift()));
    const apply = jest.fn();
    renderConnectPage({ plan, apply });

    await userEvent.click(await screen.findByTestId('checkAgain-trust_ca_on_local_nodes'));

    expect(await screen.findByTestId('checkResult-trust_ca_on_local_nodes')).toHaveTextContent(
      'Checked: not confirmed yet on es-local-2.',
    );
    expect(plan).toHaveBeenCalledTimes(2);
    expect(apply).not.toHaveBeenCalled();
  });

  it('explains a refused apply with the catalogue title, the message and the fix, and keeps the plan', async () => {
    renderConnectPage({
      plan: respondWith(apiKeyPlan([STEPS.enableReady()])),
      apply: failWith(
        errorBody('STEP_NOT_READY', '"Enable the remote cluster server" cannot be applied now: ECK is not ready.'),
      ),
    });

    await userEvent.click(await screen.findByTestId('apply-enable_remote_cluster_server'));
    await userEvent.click(screen.getByTestId('confirmModalConfirmButton'));

    const callout = await screen.findByTestId('stepAction-enable_remote_cluster_serverError');
    expect(callout).toHaveTextContent('This step cannot be applied yet');
    expect(callout).toHaveTextContent('cannot be applied now: ECK is not ready.');
    expect(callout).toHaveTextContent('Complete the earlier steps first');
    expect(callout).toHaveTextContent('Error STEP_NOT_READY, HTTP 409');
    expect(statusOf(await findStep('enable_remote_cluster_server'))).toBe('ready');
  });

  it('tells a missing privilege apart when applying', async () => {
    renderConnectPage({
      plan: respondWith(apiKeyPlan([STEPS.enableReady()])),
      apply: failWith(
        errorBody('KUBERNETES_FORBIDDEN', 'cannot patch resource "elasticsearches" in namespace "search-prod"'),
      ),
    });

    await userEvent.click(await screen.findByTestId('apply-enable_remote_cluster_server'));
    await userEvent.click(screen.getByTestId('confirmModalConfirmButton'));

    expect(await screen.findByTestId('stepAction-enable_remote_cluster_serverPermissionDenied')).toHaveTextContent(
      'cannot patch resource "elasticsearches"',
    );
  });
});
