import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { respondWith } from '../../test_helpers/fake_core_start';
import { apiKeyPlan, CA_PEM, KEYSTORE_COMMAND, STEPS } from '../../test_helpers/plan_fixtures';
import { findStep, renderConnectPage, statusOf } from '../../test_helpers/render_connect_page';

describe('Plan steps', () => {
  it('shows every step in order, with its status in words', async () => {
    renderConnectPage({
      plan: respondWith(
        apiKeyPlan([
          STEPS.enableReady(),
          STEPS.exposeWaiting(),
          STEPS.keystoreManual(),
          STEPS.blocked('configure_remote', 'Waits for the step "Expose the remote cluster server".'),
        ]),
      ),
    });

    const steps = within(await screen.findByTestId('planSteps'));
    const titles = steps.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(titles).toEqual(expect.arrayContaining(['Check the prerequisites', 'Verify the connection']));
    expect(titles).toHaveLength(10);
    expect(statusOf(await findStep('preflight'))).toBe('done');
    expect(statusOf(await findStep('enable_remote_cluster_server'))).toBe('ready');
    expect(statusOf(await findStep('expose_remote_cluster_server'))).toBe('waiting');
    expect(statusOf(await findStep('add_credentials_to_keystore'))).toBe('manual');
    expect(statusOf(await findStep('configure_remote'))).toBe('blocked');
    expect(within(await findStep('enable_remote_cluster_server')).getByTestId('stepStatus-ready')).toHaveTextContent(
      'Ready to apply',
    );
    expect(within(await findStep('add_credentials_to_keystore')).getByTestId('stepStatus-manual')).toHaveTextContent(
      'Your action',
    );
  });

  it('done: the reason, and the evidence folded away until asked for', async () => {
    renderConnectPage({ plan: respondWith(apiKeyPlan([STEPS.preflightDone()])) });

    const step = await findStep('preflight');
    expect(within(step).getByTestId('stepReason-preflight')).toHaveTextContent(
      'Both clusters qualify for the API key model.',
    );
    const toggle = within(step).getByTestId('evidenceToggle-preflight');
    expect(toggle).toHaveTextContent('What this status is based on (2)');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const evidence = within(step).getByTestId('evidence-preflight');
    expect(evidence).toHaveTextContent('remote version');
    expect(evidence).toHaveTextContent('9.1.5 (from the ECK cluster)');
    expect(evidence).toHaveTextContent('enterprise (from the local cluster)');
    expect(within(step).queryByTestId('apply-preflight')).not.toBeInTheDocument();
    expect(within(step).queryByTestId('checkAgain-preflight')).not.toBeInTheDocument();
  });

  it('ready: the warning, the exact change with its command to copy, and Apply', async () => {
    renderConnectPage({ plan: respondWith(apiKeyPlan([STEPS.enableReady()])) });

    const step = await findStep('enable_remote_cluster_server');
    expect(within(step).getByTestId('stepWarning-enable_remote_cluster_server-0')).toHaveTextContent(
      'ECK restarts every node of logs-prod',
    );
    const changes = within(step).getByTestId('plannedChanges-enable_remote_cluster_server');
    expect(changes).toHaveTextContent('What applying this step changes');
    expect(changes).toHaveTextContent('Patch the Elasticsearch search-prod/logs-prod in Kubernetes');
    expect(within(step).getByTestId('plannedChange-enable_remote_cluster_server-0')).toHaveTextContent(
      `kubectl -n search-prod patch elasticsearch logs-prod --type merge -p '{"spec":{"remoteClusterServer":{"enabled":true}}}'`,
    );
    expect(within(changes).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(within(step).getByTestId('apply-enable_remote_cluster_server')).toHaveAccessibleName(
      'Apply the step: Enable the remote cluster server',
    );
  });

  it('waiting: says nothing is to be done, and can be checked at once', async () => {
    renderConnectPage({ plan: respondWith(apiKeyPlan([STEPS.exposeWaiting()])) });

    const step = await findStep('expose_remote_cluster_server');
    expect(step).toHaveTextContent('Waiting for an address on the Service logs-prod-es-remote-cluster.');
    expect(step).toHaveTextContent('Nothing to do: this step completes on its own.');
    expect(within(step).getByTestId('checkAgain-expose_remote_cluster_server')).toBeInTheDocument();
    expect(within(step).queryByTestId('apply-expose_remote_cluster_server')).not.toBeInTheDocument();
  });

  it('waiting: names what it waits for when the server says', async () => {
    const waiting = { ...STEPS.exposeWaiting(), waitingFor: "the load balancer's address" };
    renderConnectPage({ plan: respondWith(apiKeyPlan([waiting])) });

    const step = await findStep('expose_remote_cluster_server');
    expect(within(step).getByTestId('waitingFor-expose_remote_cluster_server')).toHaveTextContent(
      "Waiting for the load balancer's address. The plan updates when it changes.",
    );
  });

  it('manual: says where the commands run, and marks an optional step', async () => {
    const keystore = STEPS.keystoreManual();
    const role = { ...STEPS.roleManual(), optional: true };
    keystore.instructions = { ...keystore.instructions!, runOn: 'every_local_node' };
    role.instructions = { ...role.instructions!, runOn: 'dev_tools' };
    renderConnectPage({ plan: respondWith(apiKeyPlan([keystore, role])) });

    const keystoreStep = await findStep('add_credentials_to_keystore');
    expect(within(keystoreStep).getByTestId('manualRunOn-add_credentials_to_keystore')).toHaveTextContent(
      'Where' + 'On every node of the local cluster, from its Elasticsearch home directory.',
    );
    expect(within(keystoreStep).queryByTestId('stepOptional-add_credentials_to_keystore')).not.toBeInTheDocument();
    const roleStep = await findStep('create_local_role');
    expect(within(roleStep).getByTestId('manualRunOn-dev_tools')).toHaveTextContent(
      "Once, in Kibana's Dev Tools Console",
    );
    expect(within(roleStep).getByTestId('stepOptional-create_local_role')).toHaveTextContent('Optional');
  });

  it('manual: the command, the nodes not confirmed yet, the notes, and what checking runs', async () => {
    renderConnectPage({ plan: respondWith(apiKeyPlan([STEPS.keystoreManual()])) });

    const step = await findStep('add_credentials_to_keystore');
    expect(within(step).getByTestId('manualCommand-add_credentials_to_keystore-0')).toHaveTextContent(KEYSTORE_COMMAND);
    const pending = within(step).getByTestId('pendingNodes-add_credentials_to_keystore');
    expect(pending).toHaveTextContent('Not confirmed yet on');
    expect(
      within(pending)
        .getAllByTestId(/^pendingNode-/)
        .map((node) => node.textContent),
    ).toEqual(['es-local-1', 'es-local-2', 'es-local-3']);
    expect(within(step).getByTestId('manualNotes-add_credentials_to_keystore')).toHaveTextContent(
      'Run the command on every node',
    );
    expect(within(step).getByTestId('plannedChanges-add_credentials_to_keystore')).toHaveTextContent(
      'When you check again, the plugin runs',
    );
    expect(within(step).getByTestId('checkAgain-add_credentials_to_keystore')).toHaveAccessibleName(
      "Check again: Add the key to every local node's keystore",
    );
  });

  it('manual: the file to place, downloaded as built in the browser, and the elasticsearch.yml lines', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:ca');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    renderConnectPage({ plan: respondWith(apiKeyPlan([STEPS.trustManual()])) });

    const step = await findStep('trust_ca_on_local_nodes');
    expect(within(step).getByTestId('manualFile-trust_ca_on_local_nodes-0')).toHaveTextContent(
      'Place this file on each node as config/certs/eck-search-prod-logs-prod-ca.crt',
    );
    expect(within(step).getByTestId('manualFileContent-trust_ca_on_local_nodes-0')).toHaveTextContent(
      'BEGIN CERTIFICATE',
    );
    expect(within(step).getByTestId('manualSettingsContent-trust_ca_on_local_nodes').textContent).toContain(
      'xpack.security.remote_cluster_client.ssl.enabled: true\nxpack.security.remote_cluster_client.ssl.certificate_authorities',
    );

    await userEvent.click(within(step).getByTestId('downloadFile-trust_ca_on_local_nodes-0'));

    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('eck-search-prod-logs-prod-ca.crt');
    expect(clicked[0].href).toBe('blob:ca');
    expect(clicked[0].isConnected).toBe(false);
    const blob = createObjectURL.mock.calls[0][0];
    await expect(readBlob(blob)).resolves.toBe(CA_PEM);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:ca');
    click.mockRestore();
  });

  it('blocked: the reason only, nothing to click', async () => {
    renderConnectPage({
      plan: respondWith(
        apiKeyPlan([
          STEPS.blocked(
            'preflight',
            'A local cluster on 9.1 cannot search a remote cluster on 8.19: upgrade the remote cluster.',
          ),
        ]),
      ),
    });

    const step = await findStep('preflight');
    expect(step).toHaveTextContent('A local cluster on 9.1 cannot search a remote cluster on 8.19');
    expect(within(step).queryByRole('button', { name: /Apply|Check again/ })).not.toBeInTheDocument();
  });

  it('says the connection works once verified, naming what is left and linking to Remote Clusters', async () => {
    const { navigateToApp } = renderConnectPage({ plan: respondWith(apiKeyPlan([STEPS.roleManual()])) });

    const complete = await screen.findByTestId('connectionComplete');
    expect(complete).toHaveTextContent('logs is connected');
    expect(within(complete).getByTestId('connectionRemainingSteps')).toHaveTextContent(
      'Create a local role for cross-cluster users (optional)',
    );
    const link = within(complete).getByTestId('openInRemoteClusters-logs');
    expect(link).toHaveAttribute('href', '/s/team/app/management/data/remote_clusters/list?cluster=logs');
    await userEvent.click(link);
    expect(navigateToApp).toHaveBeenCalledWith('management', { path: '/data/remote_clusters/list?cluster=logs' });
    // Then the doctor and the CCS check for the new alias, inside this app.
    expect(within(complete).getByTestId('diagnoseRemote-logs')).toHaveAttribute(
      'href',
      '/doctor/logs/search-prod/logs-prod',
    );
    expect(within(complete).getByTestId('validateRemote-logs')).toHaveAttribute('href', '/validate/logs');
  });

  it('says every step is done when nothing is left', async () => {
    renderConnectPage({ plan: respondWith(apiKeyPlan()) });

    expect(await screen.findByTestId('connectionAllDone')).toHaveTextContent('Every step is done.');
  });

  it('shows no success before the connection is verified', async () => {
    renderConnectPage({ plan: respondWith(apiKeyPlan([STEPS.blocked('verify')])) });

    await findStep('verify');
    expect(screen.queryByTestId('connectionComplete')).not.toBeInTheDocument();
  });
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
