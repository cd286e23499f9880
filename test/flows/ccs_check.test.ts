import type { CcsCheckResponse } from '../../common/api/ccs_check';
import { API_ROUTES } from '../../common/api/api_routes';
import type { SeedUsername } from '../../dev/sandbox/elasticsearch';
import { SERVER_NAME } from '../../dev/sandbox/nodes/testing/local_and_eck';
import { hostApiClient } from '../support/host_api_client';
import { startRemoteFleet, type RemoteFleet } from '../support/remote_fleet';
import { createSecretScanner, finalScan, type SecretScanner } from '../support/secret_scanner';

jest.setTimeout(60_000);

type ErrorBody = { attributes: { code: string; field?: string } };

/**
 * The CCS check as the users who need it: `ccs_user` (local `read`, `remote_indices` for `logs-*`
 * on every cluster, no cluster privilege at all) and `admin` (`manage`, no `remote_indices`).
 * Remotes: `eck` (key grants `logs-*`), `narrow` (key grants `metrics-*` only), `gone-01` (down).
 */
describe('CCS check, as the user, against the sandbox', () => {
  let fleet: RemoteFleet;
  let narrowKeyId: string;
  let scanner: SecretScanner;
  beforeAll(async () => {
    fleet = await startRemoteFleet({
      shape: { connected: 1, refused: 0, unreachable: 1, silent: 0 },
      handshakeTimeoutMs: 2_000,
    });
    const narrow = await fleet.world
      .eckClient()
      .security.createCrossClusterApiKey({ name: 'narrow', access: { search: [{ names: ['metrics-*'] }] } });
    narrowKeyId = narrow.id;
    scanner = createSecretScanner();
    scanner.watchServers(fleet.world.local, fleet.world.eck.es);
    scanner.addPrivateKeys('the ECK CA private key', fleet.world.eck.ca.privateKeyPem);
    fleet.world.onEveryNode((node) =>
      fleet.world.actions.keystoreAdd(node, 'cluster.remote.narrow.credentials', narrow.encoded),
    );
    const elastic = fleet.world.localClient('elastic');
    await elastic.nodes.reloadSecureSettings();
    await elastic.cluster.putSettings({
      persistent: {
        cluster: {
          remote: { narrow: { mode: 'proxy', proxy_address: 'logs.example.com:9443', server_name: SERVER_NAME } },
        },
      },
    });
    await fleet.world.local.settled();
  });
  afterAll(async () => {
    const leaks = finalScan(scanner, fleet.logLines);
    await fleet?.close();
    expect(leaks).toEqual([]);
  });

  const check = (user: SeedUsername, body: unknown) =>
    hostApiClient(fleet.baseUrl, user, scanner.tap).post<CcsCheckResponse & ErrorBody>(API_ROUTES.ccsCheck.path, body);
  const codes = (body: CcsCheckResponse) => body.problems.map((problem) => problem.code);

  it('ok: the matching indices and a successful search, no problem', async () => {
    const { status, body } = await check('ccs_user', { alias: 'eck', indexPattern: 'logs-*' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      username: 'ccs_user',
      expression: 'eck:logs-*',
      matchingIndices: ['eck:logs-web'],
      search: { status: 'successful', shards: { total: 1, successful: 1, failed: 0 } },
      problems: [],
      // ccs_user may not read _remote/info (it needs monitor), so the model is not known to them.
      securityModel: null,
    });
    expect(body.roleGrants).toEqual([
      { clusters: ['*'], names: ['logs-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'] },
    ]);
  });

  it("the user's role lacks remote_indices: the role entry to add", async () => {
    const { body } = await check('admin', { alias: 'eck', indexPattern: 'logs-*' });
    expect(codes(body)).toEqual(['role_has_no_remote_indices']);
    expect(body.securityModel).toBe('api_key');
    expect(body.search.status).toBe('refused');
    expect(body.search.reasons[0]).toContain('because no remote indices privileges apply for the target cluster');
    expect(body.problems[0]).toMatchObject({
      owner: 'role',
      fix: expect.stringContaining('"clusters": [\n        "eck"'),
    });
  });

  it("the cross-cluster API key's access is too narrow: the key and the update that widens it", async () => {
    const { body } = await check('ccs_user', { alias: 'narrow', indexPattern: 'logs-web' });
    expect(codes(body)).toEqual(['api_key_too_narrow']);
    expect(body.problems[0].owner).toBe('api_key');
    expect(body.problems[0].fix).toContain(`PUT /_security/cross_cluster/api_key/${narrowKeyId}`);
    // With a wildcard the search succeeds, seeing nothing: the check says the key may be why.
    const wildcard = await check('ccs_user', { alias: 'narrow', indexPattern: 'logs-*' });
    expect(codes(wildcard.body)).toEqual(['no_matching_index']);
    expect(wildcard.body.problems[0].fix).toContain("the cross-cluster API key's access may exclude them");
  });

  it('the remote is disconnected: the search skipped it, with the reason', async () => {
    const { body } = await check('ccs_user', { alias: 'gone-01', indexPattern: 'logs-*' });
    expect(codes(body)).toEqual(['remote_unavailable']);
    expect(body.search.status).toBe('skipped');
    expect(body.problems[0].detail).toContain('Unable to connect to [gone-01]');
  });

  it('no index matches', async () => {
    const { body } = await check('ccs_user', { alias: 'eck', indexPattern: 'logs-none-*' });
    expect(codes(body)).toEqual(['no_matching_index']);
    expect(body.matchingIndices).toEqual([]);
  });

  it('an alias that is not configured', async () => {
    const { body } = await check('ccs_user', { alias: 'nowhere', indexPattern: 'logs-*' });
    expect(codes(body)).toEqual(['alias_unknown']);
  });

  it('refuses an index pattern that reaches elsewhere, naming the field, before calling Elasticsearch', async () => {
    const before = fleet.world.local.requestLog.requests.length;
    const { status, body } = await check('ccs_user', { alias: 'eck', indexPattern: 'logs-*,secrets:*' });
    expect(status).toBe(400);
    expect(body.attributes.field).toBe('indexPattern');
    const searches = fleet.world.local.requestLog.requests.slice(before).filter((r) => r.path.includes('_search'));
    expect(searches).toEqual([]);
  });
});
