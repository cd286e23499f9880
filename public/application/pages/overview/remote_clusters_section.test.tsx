import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAppForTest } from '../../test_helpers/render_app_for_test';
import { BASE_PATH, failWith, pending, respondWith, type Responder } from '../../test_helpers/fake_core_start';
import { eckClusters, errorBody, localCluster, remoteCluster } from '../../test_helpers/fixtures';

const renderWithLocalCluster = (localClusterResponder: Responder) =>
  renderAppForTest({ localCluster: localClusterResponder, eckClusters: respondWith(eckClusters()) });

describe('Remote clusters section', () => {
  it('shows a skeleton while the local cluster loads', async () => {
    renderWithLocalCluster(pending());

    expect(screen.getByTestId('remoteClustersLoading')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Remote clusters' })).toBeInTheDocument();
    await screen.findByTestId('eckClustersTable');
    expect(screen.getByTestId('remoteClustersLoading')).toBeInTheDocument();
  });

  it('lists the remotes of the local cluster, with its version, UUID and license', async () => {
    renderWithLocalCluster(
      respondWith(
        localCluster({
          remotes: [
            remoteCluster(),
            remoteCluster({
              alias: 'legacy',
              mode: 'sniff',
              connected: false,
              securityModel: 'certificate',
              proxyAddress: null,
              serverName: null,
              seeds: ['10.0.0.1:9300', '10.0.0.2:9300'],
              settingsSource: 'node',
            }),
          ],
        }),
      ),
    );

    const table = await screen.findByTestId('remoteClustersTable');
    expect(screen.getByRole('heading', { name: 'Remote clusters of self-managed' })).toBeInTheDocument();

    const details = screen.getByTestId('localClusterDetails');
    expect(details).toHaveTextContent('9.1.0');
    expect(details).toHaveTextContent('Fo3nNmWxQQ2q2FjFJk6Jpg');
    expect(details).toHaveTextContent('enterprise (active)');

    const eckProd = within(table).getByTestId('remoteClusterRow-eck-prod');
    expect(eckProd).toHaveTextContent('Connected');
    expect(eckProd).toHaveTextContent('API key');
    expect(eckProd).toHaveTextContent('Proxy');
    expect(eckProd).toHaveTextContent('eck-prod.example.com:9443');
    expect(eckProd).toHaveTextContent('eck-prod-es-remote-cluster.elastic.svc');
    expect(eckProd).toHaveTextContent('Cluster settings');

    const legacy = within(table).getByTestId('remoteClusterRow-legacy');
    expect(legacy).toHaveTextContent('Not connected');
    expect(legacy).toHaveTextContent('Certificate');
    expect(legacy).toHaveTextContent('Sniff');
    expect(legacy).toHaveTextContent('10.0.0.1:9300');
    expect(legacy).toHaveTextContent('10.0.0.2:9300');
    expect(legacy).toHaveTextContent('Not set');
    expect(legacy).toHaveTextContent('elasticsearch.yml');
  });

  it('opens a remote in Kibana Remote Clusters without reloading the page, and has a real href', async () => {
    const { navigateToApp } = renderWithLocalCluster(
      respondWith(localCluster({ remotes: [remoteCluster({ alias: 'eck prod' })] })),
    );

    const link = await screen.findByTestId('openInRemoteClusters-eck prod');
    expect(link).toHaveAttribute('href', `${BASE_PATH}/app/management/data/remote_clusters/list?cluster=eck%20prod`);
    expect(link).toHaveAccessibleName('Open in Remote Clusters: eck prod');

    await userEvent.click(link);

    expect(navigateToApp).toHaveBeenCalledWith('management', {
      path: '/data/remote_clusters/list?cluster=eck%20prod',
    });
  });

  it('leaves a modified click to the browser, so the link opens in a new tab', async () => {
    const { navigateToApp } = renderWithLocalCluster(respondWith(localCluster()));

    const link = await screen.findByTestId('openInRemoteClusters-eck-prod');
    // Runs after React's handlers: records whether the app claimed the click, then stops jsdom,
    // which cannot open tabs, from trying to follow the link.
    let claimedByApp: boolean | undefined;
    const browserDefault = (event: MouseEvent) => {
      claimedByApp = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', browserDefault);
    const user = userEvent.setup();
    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    document.removeEventListener('click', browserDefault);

    expect(claimedByApp).toBe(false);
    expect(navigateToApp).not.toHaveBeenCalled();
  });

  it('invites to add a remote cluster when there is none', async () => {
    const { navigateToApp } = renderWithLocalCluster(respondWith(localCluster({ remotes: [] })));

    const empty = await screen.findByTestId('remoteClustersEmpty');
    expect(empty).toHaveTextContent('No remote clusters configured');
    expect(empty).toHaveTextContent('self-managed has no remote clusters yet');
    expect(screen.getByTestId('localClusterDetails')).toBeInTheDocument();

    const add = screen.getByTestId('addRemoteClusterButton');
    expect(add).toHaveAttribute('href', `${BASE_PATH}/app/management/data/remote_clusters/add`);
    await userEvent.click(add);
    expect(navigateToApp).toHaveBeenCalledWith('management', { path: '/data/remote_clusters/add' });
  });

  it('explains a failure with the catalogue title, the server message and the fix', async () => {
    renderWithLocalCluster(failWith(errorBody('ELASTICSEARCH_UNREACHABLE', 'connect ECONNREFUSED 127.0.0.1:9200')));

    const callout = await screen.findByTestId('remoteClustersError');
    expect(callout).toHaveTextContent('The local Elasticsearch cluster cannot be reached');
    expect(callout).toHaveTextContent('connect ECONNREFUSED 127.0.0.1:9200');
    expect(callout).toHaveTextContent('Check that Elasticsearch is running');
    expect(callout).toHaveTextContent('Error ELASTICSEARCH_UNREACHABLE, HTTP 502');
    expect(screen.queryByTestId('remoteClustersPermissionDenied')).not.toBeInTheDocument();
  });

  it('tells a missing Elasticsearch privilege apart from other failures', async () => {
    renderWithLocalCluster(
      failWith(errorBody('ELASTICSEARCH_FORBIDDEN', 'action [cluster:monitor/remote/info] requires [monitor]')),
    );

    const callout = await screen.findByTestId('remoteClustersPermissionDenied');
    expect(callout).toHaveTextContent('Your Elasticsearch user lacks a privilege for this');
    expect(callout).toHaveTextContent('requires [monitor]');
    expect(callout).toHaveTextContent('Ask an administrator');
    expect(screen.queryByTestId('remoteClustersError')).not.toBeInTheDocument();
  });
});
