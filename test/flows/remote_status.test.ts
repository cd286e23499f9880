import type { ReconnectRemoteResponse, RemoteStatusResponse } from '../../common/api/remote_status';
import { API_ROUTES } from '../../common/api/api_routes';
import type { SeedUsername } from '../../dev/sandbox/elasticsearch';
import { SERVER_NAME } from '../../dev/sandbox/nodes/testing/local_and_eck';
import { REMOTE_CONNECTION_TIMEOUT_ERROR } from '../../server/status/remote_status_from_probe';
import { eventually, hostApiClient } from '../support/host_api_client';
import { startRemoteFleet, type RemoteFleet } from '../support/remote_fleet';
import { createSecretScanner, finalScan, type SecretScanner } from '../support/secret_scanner';

jest.setTimeout(60_000);

const TIMEOUT_MS = 1_000;

/**
 * 50 remotes, of which 10 accept the connection and never answer (the nodes would wait 30 s for
 * each): the status comes back within the per-remote timeout plus a second, naming those 10.
 */
describe('remote status: 50 remotes, 10 of them never answering', () => {
  let fleet: RemoteFleet;
  let scanner: SecretScanner;
  beforeAll(async () => {
    fleet = await startRemoteFleet({
      shape: { connected: 10, refused: 10, unreachable: 20, silent: 10 },
      handshakeTimeoutMs: 30_000,
    });
    scanner = createSecretScanner();
    scanner.watchServers(fleet.world.local, fleet.world.eck.es);
    scanner.addPrivateKeys('the ECK CA private key', fleet.world.eck.ca.privateKeyPem);
    // The sandbox's three nodes dial all 50 remotes after the settings change, in this process:
    // one probe first, so that the test below sees the route rather than the sandbox starting.
    await send('admin', 'GET', `${API_ROUTES.remoteStatus.path}?timeoutMs=${TIMEOUT_MS}`);
  });
  afterAll(async () => {
    const leaks = finalScan(scanner, fleet.logLines);
    await fleet?.close();
    expect(leaks).toEqual([]);
  });

  function send<T>(user: SeedUsername, method: 'GET' | 'POST', path: string, body?: unknown) {
    const client = hostApiClient(fleet.baseUrl, user, scanner.tap);
    return method === 'GET' ? client.get<T>(path) : client.post<T>(path, body);
  }

  it('answers in parallel (one probe of every remote, bounded by the timeout), each remote with its state and reason', async () => {
    const log = fleet.world.local.requestLog;
    const requestsBefore = log.requests.length;
    const { status, body } = await send<RemoteStatusResponse>(
      'admin',
      'GET',
      `${API_ROUTES.remoteStatus.path}?timeoutMs=${TIMEOUT_MS}`,
    );
    expect(status).toBe(200);
    // Parallelism by construction rather than by the clock (a loaded machine stretches any wall
    // time): one `_resolve/cluster` for all 50 remotes, with the timeout Elasticsearch applies to
    // each, so the 10 silent ones are waited for together. The "timeout plus a second" figure is
    // measured by `npm run bench` (status fan-out), not asserted here.
    const probes = log.requests.slice(requestsBefore).filter((entry) => entry.path.startsWith('/_resolve/cluster'));
    expect(probes.map((entry) => new URL(entry.uri, 'http://local').searchParams.get('timeout'))).toEqual([
      `${TIMEOUT_MS}ms`,
    ]);
    expect(body.timeoutMs).toBe(TIMEOUT_MS);
    expect(body.remotes).toHaveLength(50);

    const aliasesIn = (state: string) => body.remotes.filter((r) => r.state === state).map((r) => r.alias);
    expect(aliasesIn('timed_out')).toEqual(fleet.aliases.silent);
    expect(aliasesIn('connected').sort()).toEqual([...fleet.aliases.connected].sort());
    expect(aliasesIn('disconnected').sort()).toEqual([...fleet.aliases.refused, ...fleet.aliases.unreachable].sort());
    for (const remote of body.remotes.filter((r) => r.state !== 'connected')) expect(remote.reason).toBeTruthy();
    expect(body.remotes.find((r) => r.alias === 'hung-01')!.reason).toContain(REMOTE_CONNECTION_TIMEOUT_ERROR);
    expect(body.remotes.find((r) => r.alias === 'eck')).toMatchObject({ version: '9.1.5', skipUnavailable: true });
    expect(fleet.silentListeners.every((listener) => listener.accepted() > 0)).toBe(true);
  });

  it('takes the per-request timeout within bounds, and refuses one outside them naming the field', async () => {
    const tooShort = await send<{ attributes: { field: string } }>(
      'admin',
      'GET',
      `${API_ROUTES.remoteStatus.path}?timeoutMs=10`,
    );
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.attributes.field).toBe('timeoutMs');
    const unknown = await send<{ attributes: { field: string } }>(
      'admin',
      'GET',
      `${API_ROUTES.remoteStatus.path}?x=1`,
    );
    expect(unknown.status).toBe(400);
  });

  it('refuses users without the read privilege', async () => {
    expect((await send('nobody', 'GET', API_ROUTES.remoteStatus.path)).status).toBe(403);
  });

  describe('Reconnect now', () => {
    const reconnect = (user: SeedUsername, body: unknown) =>
      send<ReconnectRemoteResponse & { attributes?: { code: string; field?: string } }>(
        user,
        'POST',
        API_ROUTES.reconnectRemote.path,
        body,
      );

    it('dials the remote and reports it, the same every time, and audits each attempt', async () => {
      const first = await reconnect('admin', { alias: 'remote-01', timeoutMs: TIMEOUT_MS });
      const second = await reconnect('admin', { alias: 'remote-01', timeoutMs: TIMEOUT_MS });
      expect(first.status).toBe(200);
      expect(first.body.remote).toMatchObject({ alias: 'remote-01', state: 'connected' });
      expect(second.body.remote.state).toBe('connected');
      const audits = fleet.logLines.filter((line) => line.includes('eck_remote_clusters.reconnect'));
      expect(audits.filter((line) => line.includes('Reconnect remote-01: connected'))).toHaveLength(2);
    });

    it('names a remote that does not answer in time, and one that cannot connect with its reason', async () => {
      const hung = await reconnect('admin', { alias: 'hung-03', timeoutMs: TIMEOUT_MS });
      expect(hung.body.remote).toMatchObject({ state: 'timed_out' });
      const gone = await reconnect('admin', { alias: 'gone-01', timeoutMs: TIMEOUT_MS });
      expect(gone.body.remote).toMatchObject({ state: 'disconnected', reason: expect.any(String) });
    });

    it('brings back a remote whose address now answers, while _remote/info still says disconnected', async () => {
      const admin = fleet.world.localClient('admin');
      const address = { mode: 'proxy', proxy_address: 'late.example.com:9443', server_name: SERVER_NAME };
      await admin.cluster.putSettings({ persistent: { cluster: { remote: { 'remote-02': address } } } });
      // The nodes dial again after the change, and fail: nothing answers at that name yet.
      await eventually(
        () => admin.cluster.remoteInfo(),
        (info) => !info['remote-02'].connected,
      );

      // The load balancer gets its DNS name: nothing dials by itself, so _remote/info stays stale.
      const endpoint = fleet.world.network
        .list()
        .find((candidate) => candidate.hostNames.includes('logs.example.com'))!;
      fleet.world.network.set({ ...endpoint, hostNames: [...endpoint.hostNames, 'late.example.com'] });
      expect((await admin.cluster.remoteInfo())['remote-02'].connected).toBe(false);

      const { body } = await reconnect('admin', { alias: 'remote-02', timeoutMs: TIMEOUT_MS });
      expect(body.remote).toMatchObject({ state: 'connected', remoteInfoConnected: false });
      expect((await admin.cluster.remoteInfo())['remote-02'].connected).toBe(true);
    });

    it('needs the manage privilege, checked before anything happens', async () => {
      const before = fleet.world.local.requestLog.requests.length;
      expect((await reconnect('ccs_user', { alias: 'eck' })).status).toBe(403);
      const after = fleet.world.local.requestLog.requests.slice(before);
      expect(after.filter((entry) => entry.path.startsWith('/_resolve'))).toEqual([]);
    });

    it('refuses an unknown alias with 404 and a bad one with 400, naming the field', async () => {
      const unknown = await reconnect('admin', { alias: 'nowhere' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.attributes).toMatchObject({ code: 'REMOTE_CLUSTER_NOT_FOUND', field: 'alias' });
      const bad = await reconnect('admin', { alias: 'a:b' });
      expect(bad.status).toBe(400);
      expect(bad.body.attributes).toMatchObject({ field: 'alias' });
    });
  });
});
