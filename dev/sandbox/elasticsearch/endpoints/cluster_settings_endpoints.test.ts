import { reasonOf, responseErrorOf, startSandboxForTest, type SandboxUnderTest } from '../testing/sandbox_under_test';

const PROXY_REMOTE = {
  mode: 'proxy',
  proxy_address: 'es.example.com:9443',
  server_name: 'quickstart-es-remote-cluster.default.svc',
  proxy_socket_connections: 18,
  skip_unavailable: true,
};

describe('GET and PUT /_cluster/settings', () => {
  let sandbox: SandboxUnderTest;
  beforeEach(async () => {
    sandbox = await startSandboxForTest({
      nodeSettings: { cluster: { remote: { yml: { seeds: ['10.0.0.9:9300'] } } } },
    });
  });
  afterEach(() => sandbox.close());

  it('starts empty, and node settings are not cluster settings', async () => {
    expect(await sandbox.clientFor('admin').cluster.getSettings()).toEqual({ persistent: {}, transient: {} });
  });

  it('stores a nested request as strings and answers with what it applied', async () => {
    const admin = sandbox.clientFor('admin');
    const response = await admin.cluster.putSettings({ persistent: { cluster: { remote: { eck: PROXY_REMOTE } } } });
    const stored = { ...PROXY_REMOTE, proxy_socket_connections: '18', skip_unavailable: 'true' };
    expect(response).toEqual({
      acknowledged: true,
      persistent: { cluster: { remote: { eck: stored } } },
      transient: {},
    });
    expect(await admin.cluster.getSettings()).toEqual({
      persistent: { cluster: { remote: { eck: stored } } },
      transient: {},
    });
  });

  it('accepts dotted keys and returns them flat on request', async () => {
    const admin = sandbox.clientFor('admin');
    await admin.cluster.putSettings({
      persistent: { 'cluster.remote.eck.mode': 'proxy', 'cluster.remote.eck.proxy_address': 'es.example.com:9443' },
    });
    expect(await admin.cluster.getSettings({ flat_settings: true })).toEqual({
      persistent: { 'cluster.remote.eck.mode': 'proxy', 'cluster.remote.eck.proxy_address': 'es.example.com:9443' },
      transient: {},
    });
    expect((await admin.cluster.getSettings()).persistent).toEqual({
      cluster: { remote: { eck: { mode: 'proxy', proxy_address: 'es.example.com:9443' } } },
    });
  });

  it('deletes keys set to null, one by one or with a wildcard', async () => {
    const admin = sandbox.clientFor('admin');
    await admin.cluster.putSettings({
      persistent: { cluster: { remote: { eck: PROXY_REMOTE } }, 'action.destructive_requires_name': true },
    });
    const answer = await admin.cluster.putSettings({
      persistent: { cluster: { remote: { eck: { server_name: null } } } },
    });
    expect(answer.persistent).toEqual({});
    expect((await admin.cluster.getSettings({ flat_settings: true })).persistent).not.toHaveProperty(
      'cluster.remote.eck.server_name',
    );

    await admin.cluster.putSettings({ persistent: { 'cluster.remote.eck.*': null } });
    expect((await admin.cluster.getSettings({ flat_settings: true })).persistent).toEqual({
      'action.destructive_requires_name': 'true',
    });
  });

  it('refuses null on a whole remote, which is not a setting', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor('admin').cluster.putSettings({ persistent: { cluster: { remote: { eck: null } } } }),
    );
    expect(error.statusCode).toBe(400);
    expect(reasonOf(error.body)).toBe('persistent setting [cluster.remote.eck], not recognized');
  });

  it('refuses an unknown setting with 400 illegal_argument_exception', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor('admin').cluster.putSettings({ persistent: { foo: { bar: 1 } } }),
    );
    const cause = { type: 'illegal_argument_exception', reason: 'persistent setting [foo.bar], not recognized' };
    expect(error.statusCode).toBe(400);
    expect(error.body).toEqual({ error: { root_cause: [cause], ...cause }, status: 400 });
  });

  it.each([
    [
      'seeds on a proxy remote',
      { cluster: { remote: { eck: PROXY_REMOTE } } },
      { 'cluster.remote.eck.seeds': ['10.0.0.1:9300'] },
      'Setting "cluster.remote.eck.seeds" cannot be used with the configured "cluster.remote.eck.mode" [required=SNIFF, configured=PROXY]',
    ],
    [
      'a proxy address on a sniff remote',
      { 'cluster.remote.old.seeds': ['10.0.0.1:9300'] },
      { 'cluster.remote.old.proxy_address': 'es.example.com:9443' },
      'Setting "cluster.remote.old.proxy_address" cannot be used with the configured "cluster.remote.old.mode" [required=PROXY, configured=SNIFF]',
    ],
  ])('refuses mixing connection modes: %s', async (_name, before, change, reason) => {
    const admin = sandbox.clientFor('admin');
    await admin.cluster.putSettings({ persistent: before });
    const error = await responseErrorOf(admin.cluster.putSettings({ persistent: change }));
    expect(error.statusCode).toBe(400);
    expect(error.body).toMatchObject({ error: { type: 'illegal_argument_exception', reason }, status: 400 });
  });

  it('refuses an empty update', async () => {
    const error = await responseErrorOf(sandbox.clientFor('admin').cluster.putSettings({ persistent: {} }));
    expect(error.body).toMatchObject({
      error: { type: 'action_request_validation_exception', reason: 'Validation Failed: 1: no settings to update;' },
    });
  });

  it('warns that transient settings are deprecated', async () => {
    const result = await sandbox
      .clientFor('admin')
      .cluster.putSettings({ transient: { 'action.destructive_requires_name': false } }, { meta: true });
    expect(result.warnings).toEqual([
      expect.stringContaining(
        '[transient settings removal] Updating cluster settings through transientSettings is deprecated.',
      ),
    ]);
    expect(result.body.transient).toEqual({ action: { destructive_requires_name: 'false' } });
  });

  it('shows elasticsearch.yml remotes under defaults when asked', async () => {
    const settings = await sandbox
      .clientFor('admin')
      .cluster.getSettings({ include_defaults: true, flat_settings: true });
    expect(settings.defaults).toMatchObject({
      'cluster.remote.yml.seeds': ['10.0.0.9:9300'],
      'cluster.remote.initial_connect_timeout': '30s',
    });
  });

  it('needs manage to write: a user without it gets 403 and nothing changes', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor('ccs_user').cluster.putSettings({ persistent: { cluster: { remote: { eck: PROXY_REMOTE } } } }),
    );
    expect(error.statusCode).toBe(403);
    expect(reasonOf(error.body)).toBe(
      'action [cluster:admin/settings/update] is unauthorized for user [ccs_user] with effective roles [cross_cluster_search], ' +
        'this action is granted by the cluster privileges [manage,all]',
    );
    expect(sandbox.es.model.clusterSettings).toEqual({ persistent: {}, transient: {} });
    expect(sandbox.es.requestLog.writes).toEqual([]);
  });

  it('needs monitor to read', async () => {
    const error = await responseErrorOf(sandbox.clientFor('nobody').cluster.getSettings());
    expect(reasonOf(error.body)).toBe(
      'action [cluster:monitor/settings] is unauthorized for user [nobody] with effective roles [], ' +
        'this action is granted by the cluster privileges [monitor,manage,all]',
    );
  });

  it('records accepted writes apart from reads', async () => {
    const admin = sandbox.clientFor('admin');
    await admin.cluster.getSettings();
    await admin.cluster.putSettings({ persistent: { 'action.destructive_requires_name': true } });
    await admin.cluster.putSettings({ persistent: { 'action.destructive_requires_name': true } });
    expect(sandbox.es.requestLog.writes).toEqual([
      {
        method: 'PUT',
        path: '/_cluster/settings',
        action: 'cluster:admin/settings/update',
        username: 'admin',
        changed: true,
        detail: { persistent: { 'action.destructive_requires_name': 'true' }, transient: {} },
      },
      expect.objectContaining({ changed: false }),
    ]);
  });
});
