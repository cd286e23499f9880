import { createCertificateAuthority } from '../tls/certificate_authority';
import {
  configureApiKeyRemote,
  coordinatingLog,
  ECK_CA_FILE,
  startLocalAndEck,
  type LocalAndEck,
} from './testing/local_and_eck';

const resolve = (world: LocalAndEck) => world.localClient('elastic').indices.resolveCluster({ name: 'eck:logs-*' });
const pause = (millis: number) => new Promise((resolveTimer) => setTimeout(resolveTimer, millis));

describe('an ECK remote in the API key model, configured step by step as an admin would', () => {
  let world: LocalAndEck;
  beforeEach(async () => {
    world = await startLocalAndEck();
  });
  afterEach(() => world.close());

  it('connects once the CA, the keystore entry and the cluster settings are in place', async () => {
    await configureApiKeyRemote(world);
    expect(await resolve(world)).toEqual({
      eck: {
        connected: true,
        skip_unavailable: true,
        matching_indices: true,
        version: {
          number: '9.1.5',
          build_flavor: 'default',
          minimum_wire_compatibility_version: '8.19.0',
          minimum_index_compatibility_version: '8.0.0',
        },
      },
    });
    expect((await world.localClient('admin').cluster.remoteInfo()).eck).toEqual({
      connected: true,
      mode: 'proxy',
      proxy_address: 'logs.example.com:9443',
      server_name: 'logs-prod-es-remote-cluster.search-prod.svc',
      num_proxy_sockets_connected: 18,
      max_proxy_socket_connections: 18,
      initial_connect_timeout: '30s',
      skip_unavailable: true,
      cluster_credentials: '::es_redacted::',
    });
    const result = await world.localClient('ccs_user').search({ index: 'eck:logs-*' });
    expect(result.hits.hits.map((hit) => [hit._index, hit._source])).toEqual([
      ['eck:logs-web', { message: 'GET /' }],
      ['eck:logs-web', { message: 'GET /health' }],
    ]);
  });

  it('answers _resolve/cluster without an expression (8.18+) with every remote, and honours a timeout', async () => {
    await configureApiKeyRemote(world);
    const all = await world.localClient('admin').indices.resolveCluster({ timeout: '5s' });
    expect(all).toEqual({
      eck: { connected: true, skip_unavailable: true, version: expect.objectContaining({ number: '9.1.5' }) },
    });
  });

  it('applies elasticsearch.yml and the keystore only after a restart', async () => {
    await configureApiKeyRemote(world, { restart: false });
    expect((await resolve(world)).eck.connected).toBe(false);
    // Nothing loaded yet: no credentials, so the certificate model and the transport's trust.
    expect(coordinatingLog(world)).toContain(
      'this ssl context ([xpack.security.transport.ssl (with trust configuration: PEM-trust{',
    );
    world.actions.rollingRestart();
    await world.local.settled();
    expect((await world.localClient('admin').cluster.remoteInfo()).eck.connected).toBe(true);
  });

  it('uses a keystore entry added later only once the nodes reload secure settings', async () => {
    await configureApiKeyRemote(world, { credentials: null });
    const key = await world
      .eckClient()
      .security.createCrossClusterApiKey({ name: 'later', access: { search: [{ names: ['logs-*'] }] } });
    world.onEveryNode((node) => world.actions.keystoreAdd(node, 'cluster.remote.eck.credentials', key.encoded));
    expect((await world.localClient('admin').cluster.remoteInfo()).eck).not.toHaveProperty('cluster_credentials');
    const reload = await world.localClient('admin').nodes.reloadSecureSettings();
    expect(Object.values(reload.nodes).every((node) => node.reload_exception === undefined)).toBe(true);
    await world.local.settled();
    expect((await world.localClient('admin').cluster.remoteInfo()).eck).toMatchObject({
      connected: true,
      cluster_credentials: '::es_redacted::',
    });
  });

  it('shows the last known state in _remote/info until something makes the node dial again', async () => {
    const { keyId } = await configureApiKeyRemote(world);
    await world.eckClient().security.invalidateApiKey({ ids: [keyId!] });
    expect((await world.localClient('admin').cluster.remoteInfo()).eck.connected).toBe(true);
    expect((await resolve(world)).eck.connected).toBe(false);
    expect((await world.localClient('admin').cluster.remoteInfo()).eck.connected).toBe(false);
  });

  it('fails after ECK re-keys its CA, and recovers once the same file is rewritten and the watcher reloads it', async () => {
    await configureApiKeyRemote(world);
    const rekeyed = await createCertificateAuthority('OU=logs-prod, CN=logs-prod-transport');
    await world.eck.rotate(rekeyed);
    expect((await resolve(world)).eck).toEqual({ connected: false, skip_unavailable: true });
    expect(coordinatingLog(world)).toContain('but the signatures do not match');

    world.onEveryNode((node) => world.actions.placeFile(node, ECK_CA_FILE, rekeyed.certificatePem));
    // The watcher applies a rewritten file only once the delay since the write has passed.
    expect((await resolve(world)).eck.connected).toBe(false);
    await pause(800);
    await world.local.settled();
    expect((await world.localClient('admin').cluster.remoteInfo()).eck.connected).toBe(true);
    expect((await resolve(world)).eck.connected).toBe(true);
  });
});
