import { createLoopbackAllocator } from '../network/loopback_addresses';
import { startSilentListener, type SilentListener } from '../network/silent_listener';
import { configureApiKeyRemote, startLocalAndEck, type LocalAndEck } from './testing/local_and_eck';

const TIMED_OUT = 'Request timed out before receiving a response from the remote cluster';

/** A remote whose proxy address accepts connections and never answers, beside a working one. */
describe('a remote that never answers', () => {
  let world: LocalAndEck;
  let silent: SilentListener;
  beforeAll(async () => {
    world = await startLocalAndEck({ local: { handshakeTimeoutMs: 1_500 } });
    await configureApiKeyRemote(world);
    silent = await startSilentListener(createLoopbackAllocator()(), 9443);
    world.network.addSilent(silent.host, silent.port);
    await world.localClient('elastic').cluster.putSettings({
      persistent: { cluster: { remote: { hung: { mode: 'proxy', proxy_address: `${silent.host}:9443` } } } },
    });
  });
  afterAll(async () => {
    await world.close();
    await silent.close();
  });

  it('is named as timed out by _resolve/cluster?timeout, while the others answer', async () => {
    // Before the handshake timeout, by ordering rather than a wall-clock bound (which a loaded
    // machine breaks): a request without a timeout, sent at the same time, waits for it and answers later.
    const answered: string[] = [];
    const client = world.localClient('elastic');
    const held = client.indices.resolveCluster({ name: 'hung:*' }).then(() => answered.push('without a timeout'));
    const response = await client.indices.resolveCluster({ timeout: '300ms' });
    answered.push('with a timeout');
    await held;
    expect(answered).toEqual(['with a timeout', 'without a timeout']);
    expect(response.hung).toEqual({ connected: false, skip_unavailable: true, error: TIMED_OUT });
    expect(response.eck).toMatchObject({ connected: true });
    expect(silent.accepted()).toBeGreaterThan(0);
  });

  it('holds _resolve/cluster without a timeout until the handshake timeout, then says not connected', async () => {
    const started = Date.now();
    const response = await world.localClient('elastic').indices.resolveCluster({ name: 'hung:*' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(response.hung).toEqual({ connected: false, skip_unavailable: true });
  });
});

describe('_resolve/index and _security/user/_privileges across clusters', () => {
  let world: LocalAndEck;
  beforeAll(async () => {
    world = await startLocalAndEck({ local: { indices: { 'logs-local': [{ message: 'local' }] } } });
    await configureApiKeyRemote(world);
  });
  afterAll(() => world.close());

  it('resolves remote indices as alias:index, the ones the key and the role both grant', async () => {
    const response = await world.localClient('ccs_user').indices.resolveIndex({ name: 'logs-*,eck:*' });
    expect(response).toEqual({
      indices: [
        { name: 'eck:logs-web', attributes: ['open'] },
        { name: 'logs-local', attributes: ['open'] },
      ],
      aliases: [],
      data_streams: [],
    });
  });

  it('leaves out a remote the user has no remote_indices for, without an error', async () => {
    const response = await world.localClient('admin').indices.resolveIndex({ name: 'eck:*' });
    expect(response.indices).toEqual([]);
  });

  it("lists the caller's privileges, remote_indices included", async () => {
    const response = await world.localClient('ccs_user').security.getUserPrivileges();
    expect(response).toEqual({
      cluster: [],
      global: [],
      indices: [{ names: ['logs-*'], privileges: ['read'], allow_restricted_indices: false }],
      applications: [],
      run_as: [],
      remote_indices: [
        {
          clusters: ['*'],
          names: ['logs-*'],
          privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
          allow_restricted_indices: false,
        },
      ],
    });
    expect(await world.localClient('admin').security.getUserPrivileges()).not.toHaveProperty('remote_indices');
  });
});
