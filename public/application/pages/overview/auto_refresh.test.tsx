import { act, screen, within } from '@testing-library/react';
import { API_ROUTES } from '../../../../common/api/api_routes';
import type { RemoteStatusResponse } from '../../../../common/api/remote_status';
import { deferred, pending } from '../../test_helpers/fake_core_start';
import { eckCluster, eckClusters, localCluster } from '../../test_helpers/fixtures';
import { renderAppWithResponders } from '../../test_helpers/render_app_with_responders';
import { AUTO_REFRESH_INTERVAL_MS } from './use_auto_refresh';

// Whole-app renders are slow on a loaded machine.
jest.setTimeout(30_000);

const callsTo = (httpGet: jest.Mock, path: string) => httpGet.mock.calls.filter(([called]) => called === path).length;

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

const advance = (ms: number) =>
  act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });

describe('Overview auto-refresh', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-11-30T09:00:00Z') });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('refreshes each section on its own: a slow remote status holds neither the ECK list nor the remotes', async () => {
    let eckGeneration = 0;
    const slowLocalCluster = deferred();
    const { httpGet } = renderAppWithResponders('/', {
      [API_ROUTES.localCluster.path]: slowLocalCluster.responder,
      [API_ROUTES.listEckClusters.path]: () =>
        Promise.resolve(eckClusters({ clusters: [eckCluster({ name: `generation-${(eckGeneration += 1)}` })] })),
      [API_ROUTES.caWatch.path]: pending(),
      [API_ROUTES.remoteStatus.path]: pending(),
    });
    await screen.findByTestId('eckClusterRow-elastic/generation-1');
    expect(screen.getByTestId('eckClustersUpdatedAt')).toHaveTextContent('Updated at');
    expect(screen.getByTestId('autoRefresh')).toHaveTextContent('Refreshes every 30 s');

    await advance(AUTO_REFRESH_INTERVAL_MS);
    await screen.findByTestId('eckClusterRow-elastic/generation-2');
    // The local cluster's first request is still in flight: it is left to finish, not restarted.
    expect(callsTo(httpGet, API_ROUTES.localCluster.path)).toBe(1);
    expect(screen.getByTestId('remoteClustersLoading')).toBeInTheDocument();

    slowLocalCluster.resolve(localCluster());
    await screen.findByTestId('remoteClustersTable');
    // The status probe never answers; the table and its cells do not wait for it.
    expect(within(screen.getByTestId('remoteStatus-eck-prod')).getByText('Checking now…')).toBeInTheDocument();

    await advance(AUTO_REFRESH_INTERVAL_MS);
    await screen.findByTestId('eckClusterRow-elastic/generation-3');
    expect(callsTo(httpGet, API_ROUTES.localCluster.path)).toBe(2);
  });

  it('keeps the last live status of each remote while the next probe runs', async () => {
    const probes = [
      Promise.resolve<RemoteStatusResponse>({
        timeoutMs: 5000,
        elapsedMs: 5010,
        checkedAt: '2026-11-30T09:00:05Z',
        remotes: [
          {
            alias: 'eck-prod',
            state: 'timed_out',
            reason: 'No answer within 5000 ms.',
            remoteInfoConnected: true,
            skipUnavailable: false,
          },
        ],
      }),
      new Promise<never>(() => {}),
    ];
    renderAppWithResponders('/', {
      [API_ROUTES.localCluster.path]: () => Promise.resolve(localCluster()),
      [API_ROUTES.listEckClusters.path]: () => Promise.resolve(eckClusters()),
      [API_ROUTES.caWatch.path]: pending(),
      [API_ROUTES.remoteStatus.path]: () => probes.shift()!,
    });
    await screen.findByText('No answer within 5000 ms.');
    expect(screen.queryByTestId('remoteStatusChecking')).not.toBeInTheDocument();

    await advance(AUTO_REFRESH_INTERVAL_MS);
    expect(probes).toHaveLength(0);
    const cell = screen.getByTestId('remoteStatus-eck-prod');
    expect(cell).toHaveAttribute('data-status', 'timed_out');
    expect(within(cell).getByTestId('remoteStatusChecking')).toHaveTextContent('Checking now…');
  });

  it('shows when each section was last updated', async () => {
    renderAppWithResponders('/', {
      [API_ROUTES.localCluster.path]: () => Promise.resolve(localCluster()),
      [API_ROUTES.listEckClusters.path]: () => Promise.resolve(eckClusters()),
      [API_ROUTES.caWatch.path]: pending(),
      [API_ROUTES.remoteStatus.path]: pending(),
    });
    const updatedAt = async () =>
      Date.parse((await screen.findByTestId('remoteClustersUpdatedAt')).querySelector('time')!.dateTime);
    const first = await updatedAt();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2026-11-30T09:00:00Z'));

    await advance(AUTO_REFRESH_INTERVAL_MS);
    expect((await updatedAt()) - first).toBeGreaterThanOrEqual(AUTO_REFRESH_INTERVAL_MS);
  });

  it('pauses while the tab is hidden, and refreshes when it comes back', async () => {
    const { httpGet } = renderAppWithResponders('/', {
      [API_ROUTES.localCluster.path]: () => Promise.resolve(localCluster()),
      [API_ROUTES.listEckClusters.path]: () => Promise.resolve(eckClusters()),
      [API_ROUTES.caWatch.path]: pending(),
      [API_ROUTES.remoteStatus.path]: pending(),
    });
    await screen.findByTestId('eckClustersTable');

    setVisibility('hidden');
    expect(screen.getByTestId('autoRefresh')).toHaveAttribute('data-paused', 'true');
    expect(screen.getByTestId('autoRefresh')).toHaveTextContent('paused while the tab is hidden');
    await advance(5 * AUTO_REFRESH_INTERVAL_MS);
    expect(callsTo(httpGet, API_ROUTES.listEckClusters.path)).toBe(1);

    setVisibility('visible');
    await advance(0);
    expect(screen.getByTestId('autoRefresh')).toHaveAttribute('data-paused', 'false');
    expect(callsTo(httpGet, API_ROUTES.listEckClusters.path)).toBe(2);
  });
});
