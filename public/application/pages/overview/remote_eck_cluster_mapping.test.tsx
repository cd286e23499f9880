import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_ROUTES } from '../../../../common/api/api_routes';
import type { CaWatchFinding, CaWatchResponse } from '../../../../common/ca_watch/ca_watch_types';
import { BASE_PATH, failWith, pending, respondWith, type Responder } from '../../test_helpers/fake_core_start';
import { eckCluster, eckClusters, errorBody, localCluster, remoteCluster } from '../../test_helpers/fixtures';
import { renderAppWithResponders } from '../../test_helpers/render_app_with_responders';

// Whole-app renders are slow on a loaded machine.
jest.setTimeout(30_000);

// quickstart's remote cluster Service has the load balancer address 203.0.113.10 (fixtures).
const REMOTES = [
  remoteCluster({ alias: 'by-lb', proxyAddress: '203.0.113.10:9443', serverName: null }),
  remoteCluster({
    alias: 'by-name',
    securityModel: 'certificate',
    proxyAddress: 'l4-proxy.corp:9300',
    serverName: 'quickstart-es-transport.elastic.svc',
  }),
  remoteCluster({ alias: 'elsewhere', proxyAddress: 'legacy-lb.example.internal:9300', serverName: null }),
];

const finding = (overrides: Partial<CaWatchFinding> = {}): CaWatchFinding => ({
  namespace: 'elastic',
  name: 'quickstart',
  aliases: ['by-lb', 'by-name'],
  state: 'in_sync',
  reason: 'node-1 trusts the current transport CA.',
  current: {
    subject: 'CN=quickstart-transport, OU=quickstart',
    serialNumber: 'C2D',
    validFrom: null,
    validTo: '2027-11-30T00:00:00Z',
  },
  staleTrusted: [],
  trustedBy: ['node-1'],
  notTrustedBy: [],
  uncheckedNodes: [],
  expiresInDays: 365,
  ...overrides,
});
const watch = (findings: CaWatchFinding[]): CaWatchResponse => ({
  checkedAt: '2026-11-30T00:00:00Z',
  warningDays: 30,
  findings,
  errors: [],
});

function renderOverview({
  eck = respondWith(eckClusters()),
  ca = respondWith(watch([finding()])),
}: { eck?: Responder; ca?: Responder } = {}) {
  return renderAppWithResponders('/', {
    [API_ROUTES.localCluster.path]: respondWith(localCluster({ remotes: REMOTES })),
    [API_ROUTES.listEckClusters.path]: eck,
    [API_ROUTES.caWatch.path]: ca,
    [API_ROUTES.remoteStatus.path]: pending(),
  });
}

describe('Remote clusters: which ECK cluster each points at', () => {
  it('names the ECK cluster and the evidence, or that none was found', async () => {
    renderOverview();

    const byLb = await screen.findByTestId('remoteEckCluster-by-lb');
    await within(byLb).findByText('elastic/quickstart');
    expect(byLb).toHaveAttribute('data-via', 'load_balancer');
    expect(byLb).toHaveTextContent('Load balancer address of quickstart-es-remote-cluster');

    const byName = screen.getByTestId('remoteEckCluster-by-name');
    expect(byName).toHaveAttribute('data-match', 'elastic/quickstart');
    expect(byName).toHaveTextContent('Server name of quickstart-es-transport');

    expect(screen.getByTestId('remoteEckCluster-elsewhere')).toHaveTextContent('None found in Kubernetes');
  });

  it('shows the transport CA expiry of the matched cluster, and none for a remote outside Kubernetes', async () => {
    renderOverview();

    const expiry = await screen.findByTestId('remoteCaExpiry-by-lb');
    await within(expiry).findByText('2027-11-30 (in 365 days)');
    expect(expiry).toHaveAttribute('data-state', 'in_sync');
    expect(screen.getByTestId('remoteCaExpiry-elsewhere')).toHaveTextContent('—');
  });

  it.each<[string, Partial<CaWatchFinding>, string]>([
    [
      'expiring',
      { state: 'expiring', expiresInDays: 12, current: { ...finding().current!, validTo: '2026-12-12T00:00:00Z' } },
      '2026-12-12 (in 12 days)',
    ],
    [
      'expired',
      { state: 'expiring', expiresInDays: -3, current: { ...finding().current!, validTo: '2026-11-27T00:00:00Z' } },
      'Expired on 2026-11-27',
    ],
    ['rotated', { state: 'rotation_detected', expiresInDays: 300 }, 'ECK renewed it: the nodes trust the old CA'],
    ['unreadable', { state: 'unknown', current: null, expiresInDays: null }, 'Unknown'],
  ])('CA %s', async (_label, overrides, text) => {
    renderOverview({ ca: respondWith(watch([finding(overrides)])) });
    const expiry = await screen.findByTestId('remoteCaExpiry-by-lb');
    await within(expiry).findByText(text);
  });

  it('waits for Kubernetes in the cells, not in the table, and says when it cannot be read', async () => {
    const { unmount } = renderOverview({ eck: pending(), ca: pending() });
    await screen.findByTestId('remoteClustersTable');
    expect(screen.getByTestId('remoteEckCluster-by-lb')).toHaveTextContent('Looking in Kubernetes…');
    expect(screen.getByTestId('remoteCaExpiry-by-lb')).toHaveTextContent('Checking…');
    unmount();

    renderOverview({ eck: failWith(errorBody('KUBERNETES_UNREACHABLE', 'connect ETIMEDOUT')), ca: pending() });
    await screen.findByTestId('eckClustersError');
    expect(screen.getByTestId('remoteEckCluster-by-lb')).toHaveTextContent('Unknown: Kubernetes could not be read');
    expect(screen.getByTestId('remoteCaExpiry-by-lb')).toHaveTextContent('Unknown');
  });

  it('shows the cluster when the CA watch failed, its CA expiry Unknown', async () => {
    renderOverview({ ca: failWith(errorBody('KUBERNETES_FORBIDDEN', 'secrets is forbidden')) });
    await within(await screen.findByTestId('remoteEckCluster-by-lb')).findByText('elastic/quickstart');
    await within(screen.getByTestId('remoteCaExpiry-by-lb')).findByText('Unknown');
  });

  it('offers Diagnose against the matched cluster, Validate with the alias filled in, and Remote Clusters', async () => {
    const { history } = renderOverview();
    await within(await screen.findByTestId('remoteEckCluster-by-lb')).findByText('elastic/quickstart');

    expect(screen.getByTestId('diagnose-by-lb')).toHaveAttribute('href', '/doctor/by-lb/elastic/quickstart');
    expect(screen.getByTestId('diagnose-elsewhere')).toHaveAttribute('href', '/doctor/elsewhere');
    expect(screen.getByTestId('openInRemoteClusters-by-lb')).toHaveAttribute(
      'href',
      `${BASE_PATH}/app/management/data/remote_clusters/list?cluster=by-lb`,
    );
    const validate = screen.getByTestId('validate-by-name');
    expect(validate).toHaveAttribute('href', '/validate/by-name');
    expect(validate).toHaveAccessibleName('Validate a cross-cluster search through by-name');

    await userEvent.click(validate);
    expect(history.location.pathname).toBe('/validate/by-name');
    expect(await screen.findByTestId('aliasInput')).toHaveValue('by-name');
    expect(screen.getByTestId('indexPatternInput')).toHaveValue('');
  });

  it('maps a remote to the ECK cluster it dials when the server name names another', async () => {
    renderAppWithResponders('/', {
      [API_ROUTES.localCluster.path]: respondWith(
        localCluster({
          remotes: [
            remoteCluster({
              alias: 'mixed',
              proxyAddress: '198.51.100.4:9443',
              serverName: 'quickstart-es-remote-cluster.elastic.svc',
            }),
          ],
        }),
      ),
      [API_ROUTES.listEckClusters.path]: respondWith(
        eckClusters({
          clusters: [
            eckCluster(),
            eckCluster({
              namespace: 'search',
              name: 'other',
              services: [
                {
                  name: 'other-lb',
                  role: 'other',
                  type: 'LoadBalancer',
                  ports: [{ port: 9443 }],
                  externalAddresses: ['198.51.100.4'],
                },
              ],
            }),
          ],
        }),
      ),
      [API_ROUTES.caWatch.path]: pending(),
      [API_ROUTES.remoteStatus.path]: pending(),
    });
    const cell = await screen.findByTestId('remoteEckCluster-mixed');
    await within(cell).findByText('search/other');
  });
});
