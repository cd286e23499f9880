import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_ROUTES } from '../../../../common/api/api_routes';
import type { CaWatchFinding, CaWatchResponse } from '../../../../common/ca_watch/ca_watch_types';
import { failWith, pending, respondWith, type Responder } from '../../test_helpers/fake_core_start';
import { errorBody } from '../../test_helpers/fixtures';
import { renderAppWithResponders } from '../../test_helpers/render_app_with_responders';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

const finding = (overrides: Partial<CaWatchFinding>): CaWatchFinding => ({
  namespace: 'search-prod',
  name: 'logs-prod',
  aliases: ['logs'],
  state: 'in_sync',
  reason: 'node-1 trusts the current transport CA.',
  current: {
    subject: 'CN=logs-prod-transport, OU=logs-prod',
    serialNumber: 'C2D',
    validFrom: null,
    validTo: '2027-11-30',
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

const renderOverview = (caWatch: Responder) =>
  renderAppWithResponders('/', {
    [API_ROUTES.caWatch.path]: caWatch,
    [API_ROUTES.localCluster.path]: pending(),
    [API_ROUTES.listEckClusters.path]: pending(),
    [API_ROUTES.remoteStatus.path]: pending(),
  });

describe('CA-rotation watch on the overview', () => {
  it('offers the new CA file and the same-path rewrite when ECK renewed the CA', async () => {
    renderOverview(
      respondWith(
        watch([
          finding({
            state: 'rotation_detected',
            reason: 'ECK renewed the transport CA of search-prod/logs-prod, and it is not trusted by node-1.',
            notTrustedBy: ['node-1'],
            expiresInDays: 5,
            rewrite: {
              files: [{ path: 'config/certs/eck-ca.crt', content: PEM }],
              commands: [
                'cp eck-ca.crt config/certs/eck-ca.crt.new',
                'mv config/certs/eck-ca.crt.new config/certs/eck-ca.crt',
              ],
              settings: [],
              pendingNodes: ['node-1', 'node-2'],
              notes: ['Keep the path: no restart.'],
            },
          }),
        ]),
      ),
    );
    const callout = await screen.findByTestId('caWatch-search-prod-logs-prod');
    expect(callout).toHaveAttribute('data-state', 'rotation_detected');
    expect(
      within(callout).getByText(/ECK renewed the transport CA of search-prod\/logs-prod: update the nodes/),
    ).toBeInTheDocument();
    expect(within(callout).getByTestId('caWatch-search-prod-logs-prod-reason')).toHaveTextContent(
      'not trusted by node-1',
    );
    expect(within(callout).getByText('Expires in 5 days.')).toBeInTheDocument();
    const stepId = 'caRewrite-search-prod-logs-prod';
    expect(within(callout).getByTestId(`downloadFile-${stepId}-0`)).toHaveTextContent('eck-ca.crt');
    expect(within(callout).getByTestId(`manualCommand-${stepId}-1`)).toHaveTextContent(
      'mv config/certs/eck-ca.crt.new config/certs/eck-ca.crt',
    );
    expect(within(callout).getByTestId('pendingNode-node-2')).toBeInTheDocument();
    expect(within(callout).queryByTestId(`manualSettings-${stepId}`)).not.toBeInTheDocument();
  });

  it('warns of an expiring CA, and says nothing of a CA in sync', async () => {
    renderOverview(
      respondWith(
        watch([
          finding({ name: 'in-sync' }),
          finding({ name: 'soon', state: 'expiring', expiresInDays: 12, reason: 'expires in 12 days' }),
        ]),
      ),
    );
    const callout = await screen.findByTestId('caWatch-search-prod-soon');
    expect(callout).toHaveAttribute('data-state', 'expiring');
    expect(within(callout).getByText('Expires in 12 days.')).toBeInTheDocument();
    expect(screen.queryByTestId('caWatch-search-prod-in-sync')).not.toBeInTheDocument();
  });

  it('checks again on Refresh: once the nodes trust the new CA, the warning goes', async () => {
    let answer = watch([finding({ state: 'rotation_detected', reason: 'not trusted by node-1' })]);
    renderOverview(() => Promise.resolve(answer));
    expect(await screen.findByTestId('caWatch-search-prod-logs-prod')).toBeInTheDocument();
    answer = watch([finding({})]);
    await userEvent.click(screen.getByTestId('refreshButton'));
    await waitFor(() => expect(screen.queryByTestId('caWatchCallouts')).not.toBeInTheDocument());
  });

  it('shows nothing when every CA is in sync, or when the watch cannot be read', async () => {
    const { httpGet, unmount } = renderOverview(respondWith(watch([finding({})])));
    await screen.findByTestId('remoteClustersLoading');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(httpGet).toHaveBeenCalledWith(API_ROUTES.caWatch.path, expect.anything());
    expect(screen.queryByTestId('caWatchCallouts')).not.toBeInTheDocument();
    unmount();

    renderOverview(failWith(errorBody('FORBIDDEN', 'not allowed')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId('caWatchCallouts')).not.toBeInTheDocument();
  });
});
