import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failWith, pending, respondWith } from '../../test_helpers/fake_core_start';
import {
  CERTIFICATE_STEPS,
  certificatePlan,
  LOCAL_CA_PEM,
  PRIVATE_KEY_PEM,
} from '../../test_helpers/certificate_plan_fixtures';
import { apiKeyPlan } from '../../test_helpers/plan_fixtures';
import { findStep, renderConnectPage, statusOf } from '../../test_helpers/render_connect_page';

// Every keystroke re-renders the whole page in jsdom; a shared machine makes that slow.
jest.setTimeout(30_000);

const CERTIFICATE_QUERY = '?model=certificate&alias=logs&exposure=LoadBalancer&port=9300&indexPatterns=logs-*';
const queryOf = (search: string) => Object.fromEntries(new URLSearchParams(search));

/** Pastes without typing character by character: a PEM is long, and `{`-free text is not the point here. */
const paste = (element: HTMLElement, text: string) => fireEvent.change(element, { target: { value: text } });

describe('Connect page, certificate model', () => {
  it('says the model is deprecated as soon as it is chosen, and moves the default port to 9300', async () => {
    const { history } = renderConnectPage({ query: '' });

    expect(screen.queryByTestId('certificateDeprecated')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Certificate (deprecated)' }));

    expect(screen.getByRole('radio', { name: 'Certificate (deprecated)' })).toBeChecked();
    expect(screen.getByTestId('certificateDeprecated')).toHaveTextContent('The certificate model is deprecated');
    expect(screen.getByLabelText('Load balancer port')).toHaveValue('9300');
    expect(screen.getByRole('radio', { name: 'An address I already route to port 9300' })).toBeInTheDocument();
    expect(screen.queryByLabelText('API key expiration (optional)')).not.toBeInTheDocument();
    expect(screen.getByTestId('certificateFields')).toBeInTheDocument();
    expect(queryOf(history.location.search)).toMatchObject({ model: 'certificate', port: '9300' });

    await userEvent.click(screen.getByRole('radio', { name: 'API key' }));
    expect(screen.getByLabelText('Load balancer port')).toHaveValue('9443');
    expect(screen.queryByTestId('certificateDeprecated')).not.toBeInTheDocument();
    expect(history.location.search).not.toContain('model=');
  });

  it('checks the pasted CA for shape as it is typed, and keeps it out of the URL and storage', async () => {
    const { history } = renderConnectPage({ query: CERTIFICATE_QUERY.replace('&indexPatterns=logs-*', '') });
    const field = screen.getByTestId('localTransportCaInput');

    paste(field, PRIVATE_KEY_PEM + LOCAL_CA_PEM);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/This contains a private key/)).toBeInTheDocument();

    paste(field, 'MIIBpTCCAUqgAwIBAgIQ');
    expect(screen.getByText(/Paste a PEM certificate/)).toBeInTheDocument();

    paste(field, LOCAL_CA_PEM);
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/Paste a PEM certificate/)).not.toBeInTheDocument();

    expect(history.location.search).not.toContain('CERTIFICATE');
    expect(history.location.search).not.toContain('MIIB');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('MIIB');
  });

  it('reads an uploaded CA file into the field', async () => {
    renderConnectPage({ query: CERTIFICATE_QUERY });
    const file = new File([LOCAL_CA_PEM], 'transport-ca.crt', { type: 'application/x-pem-file' });

    await userEvent.upload(within(screen.getByTestId('certificateFields')).getByLabelText(/Or upload/), file);

    await waitFor(() => expect(screen.getByTestId('localTransportCaInput')).toHaveValue(LOCAL_CA_PEM));
  });

  it('plans the certificate model with the CA and the answers given, sending no default it was not asked for', async () => {
    const certificate = jest.fn(respondWith(certificatePlan([CERTIFICATE_STEPS.trustLocalCaReady()])));
    renderConnectPage({ query: CERTIFICATE_QUERY, certificatePlan: certificate });
    expect(statusOf(await findStep('trust_local_ca_on_eck'))).toBe('ready');
    expect(certificate).toHaveBeenLastCalledWith({
      target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
      choices: {
        exposure: { type: 'LoadBalancer', port: 9300, annotations: {} },
        access: { search: [{ names: ['logs-*'] }] },
        skipUnavailable: true,
        replaceExisting: false,
      },
    });

    paste(screen.getByTestId('localTransportCaInput'), LOCAL_CA_PEM);
    await userEvent.click(screen.getByRole('radio', { name: /A PKCS#12 truststore/ }));
    await userEvent.selectOptions(screen.getByTestId('localVerificationModeSelect'), 'certificate');
    await userEvent.type(screen.getByLabelText('Role name on both clusters (optional)'), 'reader');
    await userEvent.click(screen.getByTestId('connectionFormSubmit'));

    await waitFor(() => expect(certificate).toHaveBeenCalledTimes(2));
    expect(certificate).toHaveBeenLastCalledWith(
      expect.objectContaining({
        choices: expect.objectContaining({
          localTransportCa: LOCAL_CA_PEM,
          localTransportTls: 'pkcs12',
          localVerificationMode: 'certificate',
          roleName: 'reader',
        }),
      }),
    );
    // The same step components as the API key plan: the change, its command, and the warning.
    const step = await findStep('trust_local_ca_on_eck');
    expect(within(step).getByTestId('plannedChange-trust_local_ca_on_eck-0')).toHaveTextContent(
      'kubectl -n search-prod create configmap logs-prod-remote-ca',
    );
    expect(screen.getByTestId('certificateRoleName')).toHaveTextContent('Role name on both clusters: remote-logs');
  });

  it('shows where manual steps run, and what the verification waits for', async () => {
    renderConnectPage({
      query: CERTIFICATE_QUERY,
      certificatePlan: respondWith(
        certificatePlan([CERTIFICATE_STEPS.trustEckCaManual(), CERTIFICATE_STEPS.verifyWaiting()]),
      ),
    });

    const trust = await findStep('trust_eck_ca_on_local_nodes');
    expect(within(trust).getByTestId('manualRunOn-every_local_node')).toHaveTextContent(
      'On every node of the local cluster',
    );
    expect(within(await findStep('verify')).getByTestId('waitingFor-verify')).toHaveTextContent(
      'Waiting for "Trust the ECK transport CA on every local node".',
    );
  });

  it('shows the server refusing the CA on the field, until the CA is changed', async () => {
    const refusal = failWith({
      statusCode: 400,
      error: 'Bad Request',
      message: '[request body] choices.localTransportCa: is not a CA certificate (basic constraints CA:FALSE)',
      attributes: {
        code: 'INVALID_REQUEST',
        fix: 'Correct the field and try again.',
        field: 'choices.localTransportCa',
      },
    });
    renderConnectPage({ query: CERTIFICATE_QUERY, certificatePlan: refusal });
    const field = screen.getByTestId('localTransportCaInput');
    paste(field, LOCAL_CA_PEM);
    await userEvent.click(screen.getByTestId('connectionFormSubmit'));

    expect(await screen.findByText('is not a CA certificate (basic constraints CA:FALSE)')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    paste(field, `${LOCAL_CA_PEM}\n`);
    expect(screen.queryByText('is not a CA certificate (basic constraints CA:FALSE)')).not.toBeInTheDocument();
  });

  it('offers the API key model in one click when both clusters qualify', async () => {
    const plan = jest.fn(respondWith(apiKeyPlan()));
    const { history } = renderConnectPage({
      query: CERTIFICATE_QUERY,
      plan,
      certificatePlan: respondWith(
        certificatePlan([], {
          apiKeyModel: { qualifies: true, reason: 'Both clusters run 9.1 with an Enterprise licence.' },
        }),
      ),
    });

    const offer = await screen.findByTestId('apiKeyModelQualifies');
    expect(offer).toHaveTextContent('Both clusters run 9.1 with an Enterprise licence.');
    await userEvent.click(within(offer).getByTestId('switchToApiKeyModel'));

    await waitFor(() => expect(plan).toHaveBeenCalledTimes(1));
    expect(plan).toHaveBeenCalledWith(
      expect.objectContaining({
        choices: expect.objectContaining({ exposure: { type: 'LoadBalancer', port: 9443, annotations: {} } }),
      }),
    );
    expect(screen.getByRole('radio', { name: 'API key' })).toBeChecked();
    expect(history.location.search).not.toContain('model=');
  });

  it('says why the API key model is not offered, and asks what the node APIs could not tell', async () => {
    renderConnectPage({
      query: CERTIFICATE_QUERY,
      certificatePlan: respondWith(
        certificatePlan([CERTIFICATE_STEPS.trustLocalCaAsks()], {
          localTransportTls: { style: null, source: null, verificationMode: null, paths: [] },
        }),
      ),
    });

    expect(await screen.findByTestId('apiKeyModelUnavailable')).toHaveTextContent(
      'The API key model is not available for these clusters: The ECK cluster runs 8.12.2',
    );
    expect(screen.queryByTestId('switchToApiKeyModel')).not.toBeInTheDocument();
    expect(screen.getByTestId('localTransportTlsUnknown')).toBeInTheDocument();
    expect(screen.getByTestId('localVerificationModeUnknown')).toBeInTheDocument();
  });

  it('keeps the CA out of a reload: the resumed plan is read without it', async () => {
    const certificate = jest.fn(pending());
    renderConnectPage({ query: `${CERTIFICATE_QUERY}&localTransportTls=pem`, certificatePlan: certificate });

    expect(screen.getByTestId('localTransportCaInput')).toHaveValue('');
    expect(screen.getByRole('radio', { name: /^PEM files/ })).toBeChecked();
    expect(certificate).toHaveBeenCalledWith(
      expect.objectContaining({ choices: expect.not.objectContaining({ localTransportCa: expect.anything() }) }),
    );
  });
});
