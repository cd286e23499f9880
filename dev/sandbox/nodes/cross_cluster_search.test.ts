import { configureApiKeyRemote, startLocalAndEck, type LocalAndEck } from './testing/local_and_eck';

/** `_search` over `alias:index`: the key's access intersected with the caller's `remote_indices`. */
describe('cross-cluster search through an API key remote', () => {
  let world: LocalAndEck;
  let keyId: string;
  beforeAll(async () => {
    world = await startLocalAndEck({ local: { indices: { 'logs-local': [{ message: 'local' }] } } });
    ({ keyId } = (await configureApiKeyRemote(world)) as { keyId: string });
    await world.localClient('elastic').security.putRole({
      name: 'web_only',
      indices: [{ names: ['logs-*'], privileges: ['read'] }],
      remote_indices: [
        { clusters: ['eck'], names: ['logs-web', 'metrics-1'], privileges: ['read', 'read_cross_cluster'] },
      ],
    });
    world.local.model.putUser({ username: 'web', password: 'web-password', roles: ['web_only'] });
  });
  afterAll(() => world.close());

  const searchAs = (username: string, password: string, index: string) =>
    world
      .localClient('elastic')
      .transport.request(
        { method: 'GET', path: `/${encodeURIComponent(index)}/_search` },
        { headers: { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` } },
      );

  it('searches local and remote indices together, reporting each cluster', async () => {
    const result = await world.localClient('ccs_user').search({ index: 'logs-*,eck:logs-*' });
    expect(result.hits.total).toEqual({ value: 3, relation: 'eq' });
    expect(result.hits.hits.map((hit) => hit._index)).toEqual(['logs-local', 'eck:logs-web', 'eck:logs-web']);
    expect(result._clusters).toEqual({
      total: 2,
      successful: 2,
      skipped: 0,
      running: 0,
      partial: 0,
      failed: 0,
      details: {
        '(local)': {
          status: 'successful',
          indices: 'logs-*',
          took: 1,
          timed_out: false,
          _shards: { total: 1, successful: 1, skipped: 0, failed: 0 },
        },
        eck: {
          status: 'successful',
          indices: 'logs-*',
          took: 1,
          timed_out: false,
          _shards: { total: 1, successful: 1, skipped: 0, failed: 0 },
        },
      },
    });
  });

  it('refuses an index the key does not grant, naming the key', async () => {
    const search = world.localClient('ccs_user').search({ index: 'eck:metrics-1' });
    await expect(search).rejects.toMatchObject({ meta: { statusCode: 403 } });
    await expect(search).rejects.toThrow(
      'action [indices:data/read/search] towards remote cluster is unauthorized for user [ccs_user] with assigned roles ' +
        `[cross_cluster_search] authenticated by API key id [${keyId}] of user [elastic] on indices [metrics-1], ` +
        'this action is granted by the index privileges [read,all]',
    );
  });

  it('intersects: a role granting more than the key still gets only what both grant', async () => {
    const wildcard = (await searchAs('web', 'web-password', 'eck:*')) as { hits: { hits: { _index: string }[] } };
    expect(wildcard.hits.hits.map((hit) => hit._index)).toEqual(['eck:logs-web', 'eck:logs-web']);
    await expect(searchAs('web', 'web-password', 'eck:metrics-1')).rejects.toMatchObject({ meta: { statusCode: 403 } });
  });

  it('refuses a user whose roles have no remote_indices for the alias before asking the remote', async () => {
    await expect(world.localClient('admin').search({ index: 'eck:logs-*' })).rejects.toThrow(
      'action [indices:data/read/search] towards remote cluster [eck] is unauthorized for user [admin] with effective roles ' +
        '[cluster_admin] because no remote indices privileges apply for the target cluster',
    );
  });

  it('answers an unknown alias with no_such_remote_cluster_exception', async () => {
    await expect(world.localClient('ccs_user').search({ index: 'nope:logs-*' })).rejects.toMatchObject({
      meta: {
        statusCode: 404,
        body: { error: { type: 'no_such_remote_cluster_exception', reason: 'no such remote cluster: [nope]' } },
      },
    });
  });

  it('skips an unreachable remote with skip_unavailable, and fails without it', async () => {
    await world.localClient('admin').cluster.putSettings({
      persistent: { cluster: { remote: { gone: { mode: 'proxy', proxy_address: 'gone.example.com:9443' } } } },
    });
    const skipped = await world.localClient('elastic').search({ index: 'gone:logs-*' });
    expect(skipped._clusters?.details?.gone).toEqual({
      status: 'skipped',
      indices: 'logs-*',
      timed_out: false,
      failures: [{ shard: -1, reason: { type: 'connect_transport_exception', reason: 'Unable to connect to [gone]' } }],
    });
    await world
      .localClient('admin')
      .cluster.putSettings({ persistent: { 'cluster.remote.gone.skip_unavailable': false } });
    await expect(world.localClient('elastic').search({ index: 'gone:logs-*' })).rejects.toMatchObject({
      meta: {
        statusCode: 500,
        body: { error: { type: 'connect_transport_exception', reason: 'Unable to connect to [gone]' } },
      },
    });
  });

  it('needs the remote_cluster_client role on the node that coordinates', async () => {
    const yml = world.actions.readYaml('es-local-1');
    world.actions.editYaml('es-local-1', {
      text: yml.replace('node.roles: [ master, data, ingest, remote_cluster_client ]', 'node.roles: [ master, data ]'),
    });
    world.actions.restart('es-local-1');
    try {
      await expect(world.localClient('ccs_user').search({ index: 'eck:logs-*' })).rejects.toThrow(
        'node [es-local-1] does not have the [remote_cluster_client] role',
      );
    } finally {
      world.actions.editYaml('es-local-1', { text: yml });
      world.actions.restart('es-local-1');
    }
  });
});
