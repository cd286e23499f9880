import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_ROUTES } from '../../../../common/api/api_routes';
import type { RemoteStatus, RemoteStatusResponse } from '../../../../common/api/remote_status';
import { failWith, pending, respondWith, type Responder } from '../../test_helpers/fake_core_start';
import { eckClusters, errorBody, localCluster, remoteCluster } from '../../test_helpers/fixtures';
import { renderAppForTest } from '../../test_helpers/render_app_for_test';

const REMOTES = [
  remoteCluster({ alias: 'logs', connected: true }),
  remoteCluster({ alias: 'hung', connected: true }),
  remoteCluster({ alias: 'gone', connected: false }),
];

function status(alias: string, state: RemoteStatus['state'], reason?: string): RemoteStatus {
  return { alias, state, remoteInfoConnected: alias !== 'gone', skipUnavailable: true, ...(reason ? { reason } : {}) };
}

const PROBED: RemoteStatusResponse = {
  timeoutMs: 5000,
  elapsedMs: 5012,
  checkedAt: '2026-11-30T09:00:00.000Z',
  remotes: [
    status('logs', 'connected'),
    status(
      'hung',
      'timed_out',
      'No answer within 5000 ms: Request timed out before receiving a response from the remote cluster.',
    ),
    status(
      'gone',
      'disconnected',
      'unable to authenticate user [x] for action [cluster:internal/remote_cluster/handshake]',
    ),
  ],
};

function renderOverview(remoteStatus: Responder, reconnect: Responder = pending()) {
  return renderAppForTest({
    // A new body each time, as from the network: a refresh probes again.
    localCluster: () => Promise.resolve(localCluster({ remotes: REMOTES.map((remote) => ({ ...remote })) })),
    eckClusters: respondWith(eckClusters()),
    otherGets: { [API_ROUTES.remoteStatus.path]: remoteStatus },
    otherPosts: { [API_ROUTES.reconnectRemote.path]: reconnect },
  });
}

jest.setTimeout(30_000);

const cell = (alias: string) => screen.getByTestId(`remoteStatus-${alias}`);

describe('live remote status in the overview', () => {
  it("shows _remote/info's last known state while the probe runs, then each state with its reason", async () => {
    let answerProbe: () => void = () => undefined;
    const probed = new Promise<RemoteStatusResponse>((resolve) => (answerProbe = () => resolve(PROBED)));
    renderOverview(() => probed);
    await screen.findByTestId('remoteClustersTable');
    expect(cell('hung')).toHaveAttribute('data-status', 'last-known');
    expect(cell('hung')).toHaveTextContent('ConnectedChecking now…');

    answerProbe();
    expect(await screen.findByText(/No answer within 5000 ms/)).toBeInTheDocument();
    expect(cell('logs')).toHaveAttribute('data-status', 'connected');
    expect(cell('hung')).toHaveAttribute('data-status', 'timed_out');
    expect(cell('hung')).toHaveTextContent('Timed out');
    // _remote/info is passive: it may still say connected when the live probe does not.
    expect(cell('hung')).toHaveTextContent('_remote/info still said connected.');
    expect(cell('gone')).toHaveTextContent('Not connectedunable to authenticate user [x]');
  });

  it('keeps the last known state, saying so, when the probe fails', async () => {
    renderOverview(failWith(errorBody('ELASTICSEARCH_TIMEOUT', 'no answer')));
    expect(await screen.findAllByText('Last known (_remote/info); the live check did not answer.')).toHaveLength(3);
    expect(cell('gone')).toHaveTextContent('Not connected');
  });

  it('reconnects one remote and shows its new status, or why it could not', async () => {
    const calls: unknown[] = [];
    let answer: Responder = respondWith({ remote: status('gone', 'connected') });
    renderOverview(respondWith(PROBED), (body) => (calls.push(body), answer(body)));
    await screen.findByText(/No answer within 5000 ms/);

    await userEvent.click(screen.getByRole('button', { name: 'Reconnect gone now' }));
    expect(calls).toEqual([{ alias: 'gone' }]);
    expect(
      await screen.findByText('Connected', { selector: '[data-test-subj="remoteStatus-gone"] *' }),
    ).toBeInTheDocument();

    answer = failWith(errorBody('FORBIDDEN', 'API [POST] is unauthorized for user'));
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect hung now' }));
    const row = screen.getByTestId('remoteClusterRow-hung');
    expect(await within(row).findByTestId('reconnectError-hung')).toHaveTextContent(
      'Reconnect failed: API [POST] is unauthorized for user',
    );
  });

  it('shows the next probe once the overview is refreshed, not the older reconnect', async () => {
    let probed: RemoteStatusResponse = PROBED;
    renderOverview(() => Promise.resolve(probed), respondWith({ remote: status('gone', 'connected') }));
    await screen.findByText(/No answer within 5000 ms/);
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect gone now' }));
    await waitFor(() => expect(cell('gone')).toHaveAttribute('data-status', 'connected'));

    probed = { ...PROBED, remotes: [status('gone', 'disconnected', 'the remote went away again')] };
    await userEvent.click(screen.getByTestId('refreshButton'));
    expect(await screen.findByText('the remote went away again')).toBeInTheDocument();
    expect(cell('gone')).toHaveAttribute('data-status', 'disconnected');
  });
});
