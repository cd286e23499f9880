import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failWith, pending, respondWith } from '../../test_helpers/fake_core_start';
import { fakeEventStreams } from '../../test_helpers/fake_event_stream';
import { errorBody } from '../../test_helpers/fixtures';
import { apiKeyPlan, STEPS } from '../../test_helpers/plan_fixtures';
import { findStep, renderConnectPage, RESUMED_QUERY, statusOf } from '../../test_helpers/render_connect_page';

const queryOf = (search: string) => Object.fromEntries(new URLSearchParams(search));

describe('Connect page', () => {
  it('opens with the defaults, the API key model chosen and no plan until asked', async () => {
    const plan = jest.fn(respondWith(apiKeyPlan()));
    const { setBreadcrumbs } = renderConnectPage({ plan, query: '' });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Connect search-prod/logs-prod as a remote cluster',
    );
    expect(setBreadcrumbs).toHaveBeenLastCalledWith([
      { text: 'ECK remote clusters', href: '/' },
      { text: 'Connect search-prod/logs-prod' },
    ]);
    expect(screen.getByRole('radio', { name: 'API key' })).toBeChecked();
    const certificate = screen.getByRole('radio', { name: 'Certificate (deprecated)' });
    expect(certificate).not.toBeChecked();
    expect(certificate).toBeEnabled();
    expect(screen.getByText(/^Mutual TLS between the transport layers \(port 9300\)/)).toBeInTheDocument();
    expect(screen.getByTestId('aliasInput')).toHaveValue('logs-prod');
    expect(screen.getByRole('radio', { name: 'A load balancer Service' })).toBeChecked();
    expect(screen.getByTestId('portInput')).toHaveValue('9443');
    expect(screen.getByTestId('indexPatternsInput')).toHaveValue('');
    expect(screen.getByTestId('skipUnavailableSwitch')).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByTestId('replaceExistingSwitch')).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByTestId('connectionFormSubmit')).toHaveTextContent('Show the plan');
    expect(screen.queryByTestId('connectionPlan')).not.toBeInTheDocument();
    expect(plan).not.toHaveBeenCalled();
  });

  it('validates each field as the user types it', async () => {
    renderConnectPage({ plan: pending(), query: '' });
    const alias = screen.getByLabelText('Alias');

    await userEvent.type(alias, '.1');

    expect(alias).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Use only letters, digits, _ and -.')).toBeInTheDocument();
    // A field the user has not touched yet keeps quiet.
    expect(screen.queryByText('Enter at least one index pattern.')).not.toBeInTheDocument();

    await userEvent.type(alias, '{Backspace}{Backspace}');
    expect(alias).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Use only letters, digits, _ and -.')).not.toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('Load balancer port'));
    await userEvent.type(screen.getByLabelText('Load balancer port'), '99999');
    expect(screen.getByText('Enter a port between 1 and 65535.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Index patterns to search'), 'logs-*, my logs');
    expect(
      screen.getByText('"my logs" is not an index name or pattern: no spaces, quotes or \\ / | < > ?'),
    ).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('API key expiration (optional)'), '90 days');
    expect(screen.getByText('Enter a duration such as 90d or 12h.')).toBeInTheDocument();
  });

  it('asks for the field each exposure needs', async () => {
    renderConnectPage({ plan: pending(), query: '' });

    await userEvent.click(screen.getByRole('radio', { name: 'A node port on a Kubernetes node' }));
    expect(screen.queryByLabelText('Load balancer port')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Node address'), 'node 1');
    expect(screen.getByText('Enter a host name or an IP address.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'An address I already route to port 9443' }));
    expect(screen.queryByLabelText('Node address')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Proxy address'), 'eck.example.com');
    expect(screen.getByText(/Enter host:port/)).toBeInTheDocument();
  });

  it('shows every problem and sends nothing when submitted invalid', async () => {
    const plan = jest.fn(respondWith(apiKeyPlan()));
    renderConnectPage({ plan, query: '' });

    await userEvent.click(screen.getByTestId('connectionFormSubmit'));

    expect(screen.getByText('Enter at least one index pattern.')).toBeInTheDocument();
    expect(screen.getByLabelText('Index patterns to search')).toHaveAttribute('aria-invalid', 'true');
    expect(plan).not.toHaveBeenCalled();
  });

  it('keeps the choices in the URL as they are typed, then plans them', async () => {
    const plan = jest.fn(respondWith(apiKeyPlan([STEPS.enableReady()])));
    const { history } = renderConnectPage({ plan, query: '' });

    await userEvent.clear(screen.getByLabelText('Alias'));
    await userEvent.type(screen.getByLabelText('Alias'), 'logs');
    await userEvent.type(screen.getByLabelText('Index patterns to search'), 'logs-*, metrics-*');
    await userEvent.type(screen.getByLabelText('API key expiration (optional)'), '90d');
    await userEvent.click(screen.getByTestId('skipUnavailableSwitch'));

    expect(history.location.pathname).toBe('/connect/search-prod/logs-prod');
    expect(queryOf(history.location.search)).toEqual({
      alias: 'logs',
      exposure: 'LoadBalancer',
      port: '9443',
      indexPatterns: 'logs-*, metrics-*',
      expiration: '90d',
      skipUnavailable: 'false',
      replaceExisting: 'false',
    });
    // Typing replaces the history entry: Back leaves the page rather than undoing a keystroke.
    expect(history.length).toBe(1);

    await userEvent.click(screen.getByTestId('connectionFormSubmit'));

    expect(await findStep('enable_remote_cluster_server')).toBeInTheDocument();
    expect(plan).toHaveBeenCalledWith({
      target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
      choices: {
        exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
        access: { search: [{ names: ['logs-*', 'metrics-*'] }] },
        expiration: '90d',
        skipUnavailable: false,
        replaceExisting: false,
      },
    });
    expect(screen.getByTestId('connectionFormSubmit')).toHaveTextContent('Update the plan');
  });

  it('resumes from the URL after a reload, planning at once', async () => {
    const plan = jest.fn(respondWith(apiKeyPlan([STEPS.keystoreManual()])));
    renderConnectPage({ plan, query: `${RESUMED_QUERY}&skipUnavailable=false` });

    expect(statusOf(await findStep('add_credentials_to_keystore'))).toBe('manual');
    expect(screen.getByLabelText('Alias')).toHaveValue('logs');
    expect(screen.getByLabelText('Index patterns to search')).toHaveValue('logs-*');
    expect(screen.getByTestId('skipUnavailableSwitch')).toHaveAttribute('aria-checked', 'false');
    expect(plan).toHaveBeenCalledTimes(1);
  });

  it('does not plan invalid choices from the URL, and says what is wrong', async () => {
    const plan = jest.fn(respondWith(apiKeyPlan()));
    renderConnectPage({ plan, query: '?alias=logs.prod&indexPatterns=' });

    expect(screen.getByText('Use only letters, digits, _ and -.')).toBeInTheDocument();
    expect(screen.getByText('Enter at least one index pattern.')).toBeInTheDocument();
    expect(screen.queryByTestId('connectionPlan')).not.toBeInTheDocument();
    expect(plan).not.toHaveBeenCalled();
  });

  it('says when the choices changed since the plan was made, until it is updated', async () => {
    const plan = jest.fn(respondWith(apiKeyPlan([STEPS.enableReady()])));
    renderConnectPage({ plan });
    await findStep('enable_remote_cluster_server');

    await userEvent.type(screen.getByLabelText('Index patterns to search'), ',traces-*');

    expect(screen.getByTestId('choicesChanged')).toHaveTextContent('The choices changed since this plan was made.');
    await userEvent.click(screen.getByTestId('connectionFormSubmit'));
    await waitFor(() => expect(plan).toHaveBeenCalledTimes(2));
    expect(plan).toHaveBeenLastCalledWith(
      expect.objectContaining({
        choices: expect.objectContaining({ access: { search: [{ names: ['logs-*', 'traces-*'] }] } }),
      }),
    );
    expect(screen.queryByTestId('choicesChanged')).not.toBeInTheDocument();
  });

  it('explains a plan that cannot be made, and plans again on refresh', async () => {
    const answers = [
      failWith(errorBody('ECK_CLUSTER_NOT_FOUND', 'elasticsearches "logs-prod" not found')),
      respondWith(apiKeyPlan([STEPS.enableReady()])),
    ];
    renderConnectPage({ plan: () => answers.shift()!() });

    const callout = await screen.findByTestId('planError');
    expect(callout).toHaveTextContent('elasticsearches "logs-prod" not found');
    expect(callout).toHaveTextContent('Error ECK_CLUSTER_NOT_FOUND, HTTP 404');

    await userEvent.click(screen.getByTestId('refreshPlan'));

    expect(await findStep('enable_remote_cluster_server')).toBeInTheDocument();
    expect(screen.queryByTestId('planError')).not.toBeInTheDocument();
  });

  it('tells a user without the privilege to manage connections why there is no plan', async () => {
    renderConnectPage({
      plan: failWith({
        statusCode: 403,
        error: 'Forbidden',
        message: 'API [POST /internal/eck_remote_clusters/connections/api_key/plan] is unauthorized for user',
      }),
    });

    const callout = await screen.findByTestId('planPermissionDenied');
    expect(callout).toHaveTextContent('You are not allowed to do this');
    expect(within(callout).getByTestId('errorFix')).toHaveTextContent('ECK remote clusters Kibana privilege');
  });

  it('reads the plan again when Kubernetes reports a change, once per burst', async () => {
    const events = fakeEventStreams();
    const answers = [apiKeyPlan([STEPS.exposeWaiting()]), apiKeyPlan()];
    const plan = jest.fn(() => Promise.resolve(answers.shift()));
    renderConnectPage({ plan, events });
    expect(statusOf(await findStep('expose_remote_cluster_server'))).toBe('waiting');
    const [stream] = events.streams;
    expect(stream.url).toBe(
      '/s/team/internal/eck_remote_clusters/connections/events?namespace=search-prod&name=logs-prod',
    );

    await act(async () => {
      stream.send('retry: 2000\n\n');
      stream.sendChange('Elasticsearch', 'logs-prod');
      stream.sendChange('Service', 'logs-prod-es-remote-cluster');
    });

    expect(await screen.findByTestId('planUpdates-live')).toHaveTextContent(
      'Updates as soon as Kubernetes reports a change.',
    );
    await waitFor(async () => expect(statusOf(await findStep('expose_remote_cluster_server'))).toBe('done'));
    expect(plan).toHaveBeenCalledTimes(2);
  });

  it('goes back to the overview', async () => {
    const { history } = renderConnectPage({ plan: pending(), query: '' });

    const back = screen.getByTestId('backToOverview');
    expect(back).toHaveAttribute('href', '/');
    await userEvent.click(back);

    expect(history.location.pathname).toBe('/');
  });
});
