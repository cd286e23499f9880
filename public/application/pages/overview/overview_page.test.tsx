import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_ROUTES } from '../../../../common/api/api_routes';
import { INTERNAL_API_VERSION } from '../../../../common/constants';
import { renderAppForTest } from '../../test_helpers/render_app_for_test';
import { deferred, failWith, pending, respondWith } from '../../test_helpers/fake_core_start';
import { eckCluster, eckClusters, errorBody, localCluster, remoteCluster } from '../../test_helpers/fixtures';

/** Other sections of the page ask their own APIs too: count the calls to one path. */
const callsTo = (httpGet: jest.Mock, path: string) => httpGet.mock.calls.filter(([called]) => called === path).length;

describe('Overview page', () => {
  it('asks each API once, naming the internal API version', async () => {
    const { httpGet } = renderAppForTest({
      localCluster: respondWith(localCluster()),
      eckClusters: respondWith(eckClusters()),
    });
    await screen.findByTestId('remoteClustersTable');
    await screen.findByTestId('eckClustersTable');

    expect(callsTo(httpGet, API_ROUTES.localCluster.path)).toBe(1);
    expect(callsTo(httpGet, API_ROUTES.listEckClusters.path)).toBe(1);
    expect(callsTo(httpGet, API_ROUTES.remoteStatus.path)).toBe(1);
    expect(httpGet).toHaveBeenCalledWith(
      API_ROUTES.localCluster.path,
      expect.objectContaining({ version: INTERNAL_API_VERSION }),
    );
    expect(httpGet).toHaveBeenCalledWith(
      API_ROUTES.listEckClusters.path,
      expect.objectContaining({ version: INTERNAL_API_VERSION }),
    );
  });

  it('shows the ECK clusters while the local cluster is still loading', async () => {
    renderAppForTest({ localCluster: pending(), eckClusters: respondWith(eckClusters()) });

    expect(await screen.findByTestId('eckClustersTable')).toBeInTheDocument();
    expect(screen.getByTestId('remoteClustersLoading')).toBeInTheDocument();
  });

  it('shows the remote clusters when Kubernetes fails, and the other way round', async () => {
    renderAppForTest({
      localCluster: respondWith(localCluster()),
      eckClusters: failWith(errorBody('KUBERNETES_UNREACHABLE', 'connect ETIMEDOUT')),
    });
    expect(await screen.findByTestId('eckClustersError')).toBeInTheDocument();
    expect(await screen.findByTestId('remoteClustersTable')).toBeInTheDocument();
  });

  it('shows the ECK clusters when Elasticsearch fails', async () => {
    renderAppForTest({
      localCluster: failWith(errorBody('ELASTICSEARCH_UNREACHABLE', 'connect ECONNREFUSED')),
      eckClusters: respondWith(eckClusters()),
    });
    expect(await screen.findByTestId('remoteClustersError')).toBeInTheDocument();
    expect(await screen.findByTestId('eckClustersTable')).toBeInTheDocument();
  });

  it('refreshes both sections, replacing an error by the data that now arrives', async () => {
    const responses = {
      localCluster: failWith(errorBody('ELASTICSEARCH_TIMEOUT', 'timed out after 30000ms')),
      eckClusters: respondWith(eckClusters()),
    };
    const { httpGet } = renderAppForTest({
      localCluster: () => responses.localCluster(),
      eckClusters: () => responses.eckClusters(),
    });
    await screen.findByTestId('remoteClustersError');
    await screen.findByTestId('eckClusterRow-elastic/quickstart');

    responses.localCluster = respondWith(localCluster({ remotes: [remoteCluster({ alias: 'now-there' })] }));
    responses.eckClusters = respondWith(eckClusters({ clusters: [eckCluster({ name: 'new-one' })] }));
    await userEvent.click(screen.getByTestId('refreshButton'));

    expect(await screen.findByTestId('remoteClusterRow-now-there')).toBeInTheDocument();
    expect(await screen.findByTestId('eckClusterRow-elastic/new-one')).toBeInTheDocument();
    expect(screen.queryByTestId('remoteClustersError')).not.toBeInTheDocument();
    expect(callsTo(httpGet, API_ROUTES.localCluster.path)).toBe(2);
    expect(callsTo(httpGet, API_ROUTES.listEckClusters.path)).toBe(2);
  });

  it('keeps the table on screen while a refresh is in flight', async () => {
    const refreshed = deferred();
    const responses = { eckClusters: respondWith(eckClusters()) };
    renderAppForTest({
      localCluster: respondWith(localCluster()),
      eckClusters: () => responses.eckClusters(),
    });
    await screen.findByTestId('eckClusterRow-elastic/quickstart');

    responses.eckClusters = refreshed.responder;
    await userEvent.click(screen.getByTestId('refreshButton'));

    const table = screen.getByTestId('eckClustersTable');
    expect(within(table).getByTestId('eckClusterRow-elastic/quickstart')).toBeInTheDocument();
    expect(screen.queryByTestId('eckClustersLoading')).not.toBeInTheDocument();

    refreshed.resolve(eckClusters({ clusters: [eckCluster({ name: 'after-refresh' })] }));
    expect(await screen.findByTestId('eckClusterRow-elastic/after-refresh')).toBeInTheDocument();
  });
});
