import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAppForTest } from '../../test_helpers/render_app_for_test';
import { failWith, pending, respondWith, type Responder } from '../../test_helpers/fake_core_start';
import { eckCluster, eckClusters, errorBody, localCluster } from '../../test_helpers/fixtures';

const renderWithEckClusters = (eckClustersResponder: Responder) =>
  renderAppForTest({ localCluster: respondWith(localCluster()), eckClusters: eckClustersResponder });

describe('ECK clusters section', () => {
  it('shows a skeleton while the ECK clusters load', async () => {
    renderWithEckClusters(pending());

    expect(screen.getByTestId('eckClustersLoading')).toBeInTheDocument();
    await screen.findByTestId('remoteClustersTable');
    expect(screen.getByTestId('eckClustersLoading')).toBeInTheDocument();
  });

  it('lists each cluster with its version, health, phase, remote cluster server and services', async () => {
    renderWithEckClusters(
      respondWith(
        eckClusters({
          namespaces: ['elastic', 'search'],
          clusters: [
            eckCluster(),
            eckCluster({
              namespace: 'search',
              name: 'upgrading',
              version: '9.1.0',
              runningVersion: '8.19.0',
              health: 'yellow',
              phase: 'ApplyingChanges',
              changesObserved: false,
              operatorVersion: null,
              remoteClusterServer: {
                enabled: true,
                serviceName: 'upgrading-es-remote-cluster',
                serviceExists: false,
              },
              services: [],
            }),
            eckCluster({
              namespace: 'search',
              name: 'closed',
              health: 'unknown',
              phase: null,
              remoteClusterServer: { enabled: false, serviceName: 'closed-es-remote-cluster', serviceExists: false },
            }),
          ],
        }),
      ),
    );

    const table = await screen.findByTestId('eckClustersTable');
    expect(screen.getByTestId('eckClustersSection')).toHaveTextContent('Namespaces searched: elastic, search');

    const ready = within(table).getByTestId('eckClusterRow-elastic/quickstart');
    expect(ready).toHaveTextContent('9.1.0');
    expect(within(ready).queryByTestId('eckRunningVersion')).not.toBeInTheDocument();
    expect(within(ready).getByTestId('eckHealth-green')).toHaveTextContent('Green');
    expect(within(ready).getByTestId('eckPhase')).toHaveTextContent('Ready');
    expect(within(ready).queryByTestId('eckChangesNotObserved')).not.toBeInTheDocument();
    expect(ready).toHaveTextContent('3.1.0');
    expect(within(ready).getByTestId('remoteClusterService')).toHaveTextContent(
      'Service quickstart-es-remote-cluster exists',
    );
    expect(within(ready).getByTestId('eckService-quickstart-es-remote-cluster')).toHaveTextContent(
      'quickstart-es-remote-cluster (LoadBalancer) external: 203.0.113.10',
    );
    expect(within(ready).getByTestId('eckService-quickstart-es-http')).toHaveTextContent(
      'quickstart-es-http (ClusterIP)',
    );

    const upgrading = within(table).getByTestId('eckClusterRow-search/upgrading');
    expect(within(upgrading).getByTestId('eckRunningVersion')).toHaveTextContent('running 8.19.0');
    expect(within(upgrading).getByTestId('eckHealth-yellow')).toBeInTheDocument();
    expect(within(upgrading).getByTestId('eckPhase')).toHaveTextContent('Applying changes');
    expect(within(upgrading).getByTestId('eckChangesNotObserved')).toBeInTheDocument();
    expect(upgrading).toHaveTextContent('Unknown');
    expect(within(upgrading).getByTestId('remoteClusterService')).toHaveTextContent(
      'Service upgrading-es-remote-cluster not found',
    );
    expect(upgrading).toHaveTextContent('None');

    const closed = within(table).getByTestId('eckClusterRow-search/closed');
    expect(within(closed).getByTestId('eckHealth-unknown')).toHaveTextContent('Unknown');
    expect(within(closed).getByTestId('eckPhase')).toHaveTextContent('Unknown');
    expect(closed).toHaveTextContent('Disabled');
    expect(within(closed).queryByTestId('remoteClusterService')).not.toBeInTheDocument();
  });

  it('filters the clusters as the user types', async () => {
    renderWithEckClusters(
      respondWith(eckClusters({ clusters: [eckCluster({ name: 'logs' }), eckCluster({ name: 'metrics' })] })),
    );

    await userEvent.type(await screen.findByTestId('eckClustersSearch'), 'metrics');

    const table = screen.getByTestId('eckClustersTable');
    expect(within(table).getByTestId('eckClusterRow-elastic/metrics')).toBeInTheDocument();
    expect(within(table).queryByTestId('eckClusterRow-elastic/logs')).not.toBeInTheDocument();
  });

  it('names the namespaces it searched when it finds no cluster', async () => {
    renderWithEckClusters(respondWith(eckClusters({ namespaces: ['elastic', 'search'], clusters: [] })));

    expect(await screen.findByTestId('eckClustersEmpty')).toHaveTextContent(
      'No Elasticsearch resources managed by ECK were found in the namespaces elastic, search.',
    );
  });

  it('says it searched every namespace when there is no allow-list', async () => {
    renderWithEckClusters(respondWith(eckClusters({ namespaces: null, clusters: [] })));

    expect(await screen.findByTestId('eckClustersEmpty')).toHaveTextContent('were found in any namespace');
    expect(screen.getByTestId('eckClustersSection')).toHaveTextContent('Namespaces searched: all');
  });

  it('explains a failure with the catalogue title, the server message and the fix', async () => {
    renderWithEckClusters(failWith(errorBody('ECK_CRD_MISSING', 'the server could not find the requested resource')));

    const callout = await screen.findByTestId('eckClustersError');
    expect(callout).toHaveTextContent('ECK is not installed in this Kubernetes cluster');
    expect(callout).toHaveTextContent('the server could not find the requested resource');
    expect(callout).toHaveTextContent('Install the ECK operator and its CRDs');
    expect(callout).toHaveTextContent('Error ECK_CRD_MISSING, HTTP 502');
  });

  it('tells Kubernetes RBAC denials apart from other failures', async () => {
    renderWithEckClusters(
      failWith(errorBody('KUBERNETES_FORBIDDEN', 'cannot list resource "elasticsearches" in namespace "elastic"')),
    );

    const callout = await screen.findByTestId('eckClustersPermissionDenied');
    expect(callout).toHaveTextContent('The plugin is not permitted to do this in Kubernetes');
    expect(callout).toHaveTextContent('cannot list resource "elasticsearches"');
    expect(callout).toHaveTextContent('Bind the Role or ClusterRole');
    expect(screen.queryByTestId('eckClustersError')).not.toBeInTheDocument();
  });

  it('treats Kibana refusing the route (403 without a code) as a missing Kibana privilege', async () => {
    renderWithEckClusters(
      failWith({
        statusCode: 403,
        error: 'Forbidden',
        message: 'API [GET /internal/eck_remote_clusters/eck_clusters] is unauthorized for user',
      }),
    );

    const callout = await screen.findByTestId('eckClustersPermissionDenied');
    expect(callout).toHaveTextContent('You are not allowed to do this');
    expect(callout).toHaveTextContent('is unauthorized for user');
    expect(callout).toHaveTextContent('Ask an administrator for the ECK remote clusters Kibana privilege');
  });
});
