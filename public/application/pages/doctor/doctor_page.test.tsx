import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_ROUTES } from '../../../../common/api/api_routes';
import { DOCTOR_CATALOGUE } from '../../../../common/doctor/doctor_catalogue';
import { diagnose } from '../../../../common/doctor/diagnose';
import { HOP_IDS } from '../../../../common/doctor/hop_types';
import { healthyObservation, notConnected } from '../../../../common/doctor/test_doctor_observations';
import { failWith, pending, respondWith } from '../../test_helpers/fake_core_start';
import { errorBody, localCluster, remoteCluster } from '../../test_helpers/fixtures';
import { renderAppForTest } from '../../test_helpers/render_app_for_test';
import { renderAppWithResponders } from '../../test_helpers/render_app_with_responders';

jest.setTimeout(30_000);

const DOCTOR = API_ROUTES.diagnoseRemote.path;

/** The real diagnosis of a connection whose nodes do not trust the ECK CA. */
const untrusted = () =>
  diagnose(notConnected({ ...healthyObservation(), trustedCertificates: { ok: true, value: [] } }));

describe('the connection doctor page', () => {
  it('asks about the alias and the ECK cluster in the path, and lists every hop in order with its status', async () => {
    const { httpGet } = renderAppWithResponders('/doctor/logs/search-prod/logs-prod', {
      [DOCTOR]: respondWith(untrusted()),
    });

    const hops = await screen.findByTestId('doctorHops');
    expect(httpGet).toHaveBeenCalledWith(
      DOCTOR,
      expect.objectContaining({ query: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' } }),
    );
    expect(
      within(hops)
        .getAllByRole('listitem')
        .map((item) => item.dataset.testSubj),
    ).toEqual(HOP_IDS.map((id) => `hop-${id}`));
    expect(within(screen.getByTestId('hop-tls')).getByTestId('hopStatus-ok')).toBeInTheDocument();
    expect(within(screen.getByTestId('hop-local_trust')).getByTestId('hopStatus-failed')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Diagnose logs' })).toBeInTheDocument();
  });

  it('shows the cause and the fix of each failure, and names the first one at the top', async () => {
    renderAppWithResponders('/doctor/logs', { [DOCTOR]: respondWith(untrusted()) });

    const failure = await screen.findByTestId('hopFailure-local_ca_not_trusted');
    expect(failure).toHaveTextContent(DOCTOR_CATALOGUE.local_ca_not_trusted.cause);
    expect(failure).toHaveTextContent(`Fix ${DOCTOR_CATALOGUE.local_ca_not_trusted.fix}`);
    expect(screen.getByTestId('doctorFailed')).toHaveTextContent(
      `2 hops fail, first: ${DOCTOR_CATALOGUE.local_ca_not_trusted.cause}`,
    );
    expect(screen.getByTestId('doctorEckCluster')).toHaveTextContent(
      'ECK cluster search-prod/logs-prod (recognised by the server name)',
    );
  });

  it('shows the evidence of a hop on demand', async () => {
    renderAppWithResponders('/doctor/logs', { [DOCTOR]: respondWith(untrusted()) });

    const trust = await screen.findByTestId('hop-local_trust');
    await userEvent.click(within(trust).getByRole('button', { name: 'What was checked (2)' }));
    expect(within(trust).getByTestId('hopEvidence-local_trust')).toHaveTextContent(
      'ECK transport CACN=logs-prod-transport, OU=logs-prod, serial AB12, expires 2027-01-01T00:00:00.000Z (local cluster)',
    );
  });

  it('says when every hop is fine, and when no ECK cluster is behind the alias', async () => {
    renderAppWithResponders('/doctor/logs', {
      [DOCTOR]: respondWith({ ...diagnose(healthyObservation()), eck: null }),
    });

    expect(await screen.findByTestId('doctorAllOk')).toBeInTheDocument();
    expect(screen.getByTestId('doctorEckCluster')).toHaveTextContent('No ECK cluster is behind this alias');
  });

  it('diagnoses again on demand', async () => {
    const { httpGet } = renderAppWithResponders('/doctor/logs', { [DOCTOR]: respondWith(untrusted()) });
    await screen.findByTestId('doctorHops');

    await userEvent.click(screen.getByTestId('diagnoseAgain'));

    await waitFor(() => expect(httpGet.mock.calls.filter(([path]) => path === DOCTOR)).toHaveLength(2));
  });

  it('shows why the diagnosis could not be made', async () => {
    renderAppWithResponders('/doctor/logs', {
      [DOCTOR]: failWith(
        errorBody('ELASTICSEARCH_UNREACHABLE', 'Could not reach Elasticsearch to read the cluster info'),
      ),
    });

    expect(await screen.findByTestId('doctorError')).toHaveTextContent(
      'Could not reach Elasticsearch to read the cluster info',
    );
  });

  it('is what the overview opens from a remote cluster row', async () => {
    const { history } = renderAppForTest({
      localCluster: respondWith(localCluster({ remotes: [remoteCluster({ alias: 'logs' })] })),
      otherGets: { [DOCTOR]: pending() },
    });

    await userEvent.click(await screen.findByTestId('diagnose-logs'));

    expect(history.location.pathname).toBe('/doctor/logs');
    expect(await screen.findByTestId('doctorLoading')).toHaveTextContent('Checking every hop');
  });
});
