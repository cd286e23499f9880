import { screen, within } from '@testing-library/react';
import { API_ROUTES } from '../../../../common/api/api_routes';
import type { LocalClusterResponse } from '../../../../common/api/local_cluster';
import { failWith, pending, respondWith, type Responder } from '../../test_helpers/fake_core_start';
import { eckCluster, eckClusters, errorBody, localCluster, remoteCluster } from '../../test_helpers/fixtures';
import { renderAppWithResponders } from '../../test_helpers/render_app_with_responders';

// Whole-app renders are slow on a loaded machine.
jest.setTimeout(30_000);

const CLUSTERS = [
  eckCluster({ name: 'current' }),
  eckCluster({ namespace: 'analytics', name: 'events-8', version: '8.19.3', runningVersion: '8.19.3' }),
  eckCluster({
    namespace: 'legacy',
    name: 'archive',
    version: '8.9.2',
    runningVersion: '8.9.2',
    operatorVersion: '2.15.0',
  }),
  eckCluster({ namespace: 'broken', name: 'invalid', phase: 'Invalid', health: 'unknown' }),
  eckCluster({ namespace: 'busy', name: 'red', health: 'red', phase: 'ApplyingChanges' }),
];

function renderOverview(local: Responder = respondWith(localCluster({ version: '9.1.5', remotes: [] }))) {
  return renderAppWithResponders('/', {
    [API_ROUTES.localCluster.path]: local,
    [API_ROUTES.listEckClusters.path]: respondWith(eckClusters({ clusters: CLUSTERS })),
    [API_ROUTES.caWatch.path]: pending(),
    [API_ROUTES.remoteStatus.path]: pending(),
  });
}

const withLocal = (overrides: Partial<LocalClusterResponse>) =>
  respondWith(localCluster({ version: '9.1.5', remotes: [], ...overrides }));

describe('ECK clusters: whether each can be connected', () => {
  it('offers both security models for a current cluster, with a link to connect it', async () => {
    renderOverview();
    const cell = await screen.findByTestId('qualification-elastic-current');
    expect(cell).toHaveAttribute('data-can-connect', 'true');
    expect(screen.getByTestId('apiKeyModel-elastic-current')).toHaveAttribute('data-available', 'true');
    expect(screen.getByTestId('certificateModel-elastic-current')).toHaveAttribute('data-available', 'true');
    expect(screen.getByTestId('connect-elastic-current')).toHaveAttribute('href', '/connect/elastic/current');
  });

  it.each([
    ['analytics-events-8', 'cannot search a remote cluster on 8.19'],
    ['broken-invalid', 'Invalid'],
  ])('disables Connect for %s and says why', async (id, reason) => {
    renderOverview();
    await screen.findByTestId(`qualification-${id}`);
    expect(await screen.findByTestId(`cannotConnectReason-${id}`)).toHaveTextContent(reason);
    const connect = screen.getByTestId(`connect-${id}`);
    expect(connect).toBeDisabled();
    expect(connect).not.toHaveAttribute('href');
    expect(connect).toHaveAccessibleName(expect.stringContaining(reason));
  });

  it('marks the API key model unavailable with the reason when only the certificate model fits', async () => {
    renderOverview(withLocal({ version: '8.9.0' }));
    const apiKey = await screen.findByTestId('apiKeyModel-legacy-archive');
    await screen.findByTestId('remoteClustersEmpty');
    expect(apiKey).toHaveAttribute('data-available', 'false');
    expect(within(apiKey.parentElement!).getByLabelText(/needs 8\.14/)).toBeInTheDocument();
    expect(screen.getByTestId('certificateModel-legacy-archive')).toHaveAttribute('data-available', 'true');
    expect(screen.getByTestId('connect-legacy-archive')).toHaveAttribute('href', '/connect/legacy/archive');
  });

  it('rules out the API key model for a local Basic licence', async () => {
    renderOverview(withLocal({ license: { type: 'basic', status: 'active' } }));
    await screen.findByTestId('remoteClustersEmpty');
    const apiKey = screen.getByTestId('apiKeyModel-elastic-current');
    expect(apiKey).toHaveAttribute('data-available', 'false');
    expect(within(apiKey.parentElement!).getByLabelText(/licence is basic/)).toBeInTheDocument();
  });

  it('warns about red health and a phase other than Ready without blocking', async () => {
    renderOverview();
    const cell = await screen.findByTestId('qualification-busy-red');
    expect(cell).toHaveAttribute('data-can-connect', 'true');
    const warnings = within(cell)
      .getAllByTestId('qualificationWarning')
      .map((w) => w.textContent);
    expect(warnings).toEqual([expect.stringContaining('health is red'), expect.stringContaining('ApplyingChanges')]);
  });

  it('names the aliases already pointing at a cluster', async () => {
    renderOverview(
      withLocal({
        remotes: [remoteCluster({ alias: 'current-logs', proxyAddress: '203.0.113.10:9443', serverName: null })],
      }),
    );
    expect(await screen.findByTestId('connectedAs-elastic-current')).toHaveTextContent('Connected as current-logs');
    expect(screen.queryByTestId('connectedAs-analytics-events-8')).not.toBeInTheDocument();
  });

  it('judges the ECK side alone while the local cluster cannot be read', async () => {
    renderOverview(failWith(errorBody('ELASTICSEARCH_UNREACHABLE', 'connect ECONNREFUSED')));
    const cell = await screen.findByTestId('qualification-analytics-events-8');
    await screen.findByTestId('remoteClustersError');
    expect(cell).toHaveAttribute('data-can-connect', 'true');
    expect(within(cell).getByTestId('qualificationWarning')).toHaveTextContent('not known yet');
    expect(screen.getByTestId('cannotConnectReason-broken-invalid')).toBeInTheDocument();
  });
});
