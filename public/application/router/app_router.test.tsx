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

  it('sends the admin to Remote Clusters with a way back here', async () => {
    const { navigateToApp } = renderAppForTest({ path: '/connect/search-prod/logs-prod' });
    const link = screen.getByTestId('addInRemoteClusters');
    expect(link).toHaveAttribute(
      'href',
      '/s/team/app/management/data/remote_clusters/add?redirect=%2Fdata%2Feck_remote_clusters%2Fadded%2Fsearch-prod%2Flogs-prod',
    );

    await userEvent.click(link);

    expect(navigateToApp).toHaveBeenCalledWith('management', {
      path: '/data/remote_clusters/add?redirect=%2Fdata%2Feck_remote_clusters%2Fadded%2Fsearch-prod%2Flogs-prod',
    });
  });

  it('comes back from Remote Clusters with the alias it added, and offers the plan that checks the rest', async () => {
    const { history, setBreadcrumbs } = renderAppForTest({ path: '/added/search-prod/logs-prod?cluster=logs' });

    expect(screen.getByTestId('remoteAdded')).toHaveTextContent('Remote Clusters added logs');
    expect(setBreadcrumbs).toHaveBeenLastCalledWith([
      { text: 'ECK remote clusters', href: '/' },
      { text: 'Back from Remote Clusters' },
    ]);
    expect(screen.getByTestId('openInRemoteClusters-logs')).toHaveAttribute(
      'href',
      '/s/team/app/management/data/remote_clusters/list?cluster=logs',
    );

    expect(screen.getByTestId('diagnoseRemote-logs')).toHaveAttribute('href', '/doctor/logs/search-prod/logs-prod');
    expect(screen.getByTestId('validateRemote-logs')).toHaveAttribute('href', '/validate/logs');

    await userEvent.click(screen.getByTestId('continueWithPlan'));

    expect(history.location.pathname).toBe('/connect/search-prod/logs-prod');
    expect(screen.getByLabelText('Alias')).toHaveValue('logs');
  });

  it('says so when Remote Clusters came back without adding anything', () => {
    renderAppForTest({ path: '/added' });
    expect(screen.getByTestId('remoteNotAdded')).toHaveTextContent('No remote cluster was added');
    expect(screen.queryByTestId('continueWithPlan')).not.toBeInTheDocument();
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
