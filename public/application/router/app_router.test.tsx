import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pending, respondWith } from '../test_helpers/fake_core_start';
import { eckCluster, eckClusters, localCluster } from '../test_helpers/fixtures';
import { renderAppForTest } from '../test_helpers/render_app_for_test';

describe('App router', () => {
  it('opens the overview at the root, with one breadcrumb', async () => {
    const { setBreadcrumbs } = renderAppForTest({
      localCluster: respondWith(localCluster()),
      eckClusters: respondWith(eckClusters()),
    });

    expect(await screen.findByTestId('eckClustersTable')).toBeInTheDocument();
    expect(setBreadcrumbs).toHaveBeenLastCalledWith([{ text: 'ECK remote clusters' }]);
  });

  it('connects an ECK cluster from its row, without reloading the page', async () => {
    const { history, setBreadcrumbs } = renderAppForTest({
      localCluster: respondWith(localCluster()),
      eckClusters: respondWith(
        eckClusters({ clusters: [eckCluster({ namespace: 'search-prod', name: 'logs-prod' })] }),
      ),
    });

    const row = await screen.findByTestId('eckClusterRow-search-prod/logs-prod');
    const connect = within(row).getByTestId('connect-search-prod-logs-prod');
    expect(connect).toHaveAttribute('href', '/connect/search-prod/logs-prod');
    expect(connect).toHaveAccessibleName('Connect search-prod/logs-prod as a remote cluster');

    await userEvent.click(connect);

    expect(history.location.pathname).toBe('/connect/search-prod/logs-prod');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Connect search-prod/logs-prod as a remote cluster',
    );
    expect(screen.queryByTestId('eckClustersTable')).not.toBeInTheDocument();
    expect(setBreadcrumbs).toHaveBeenLastCalledWith([
      { text: 'ECK remote clusters', href: '/' },
      { text: 'Connect search-prod/logs-prod' },
    ]);
  });

  it('follows the browser back to the overview', async () => {
    const { history } = renderAppForTest({ localCluster: pending(), eckClusters: pending(), path: '/' });
    act(() => history.push('/connect/search-prod/logs-prod'));
    expect(screen.getByTestId('connectionForm')).toBeInTheDocument();

    act(() => history.goBack());

    expect(screen.queryByTestId('connectionForm')).not.toBeInTheDocument();
    expect(screen.getByTestId('eckClustersSection')).toBeInTheDocument();
  });

  it('starts a new form for another cluster', async () => {
    const { history } = renderAppForTest({ path: '/connect/search-prod/logs-prod' });
    expect(screen.getByLabelText('Alias')).toHaveValue('logs-prod');

    act(() => history.push('/connect/search-ops/metrics-prod'));

    expect(screen.getByLabelText('Alias')).toHaveValue('metrics-prod');
  });

  it('says when a path names no page, and leads back', async () => {
    const { history, setBreadcrumbs } = renderAppForTest({ path: '/connect/only-a-namespace' });

    expect(screen.getByTestId('notFound')).toHaveTextContent(
      'ECK remote clusters has no page at /connect/only-a-namespace.',
    );
    expect(setBreadcrumbs).toHaveBeenLastCalledWith([{ text: 'ECK remote clusters', href: '/' }]);
    await userEvent.click(screen.getByTestId('backToOverview'));
    expect(history.location.pathname).toBe('/');
  });
});
