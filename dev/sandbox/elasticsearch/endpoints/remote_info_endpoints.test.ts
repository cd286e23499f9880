import { reasonOf, responseErrorOf, startSandboxForTest, type SandboxUnderTest } from '../testing/sandbox_under_test';

describe('GET /_remote/info', () => {
  let sandbox: SandboxUnderTest;
  beforeEach(async () => {
    sandbox = await startSandboxForTest({
      nodeSettings: {
        'cluster.remote.from_yml.seeds': ['10.0.0.9:9300'],
        'cluster.remote.shadowed.mode': 'proxy',
        'cluster.remote.shadowed.proxy_address': 'yml.example.com:9443',
      },
    });
  });
  afterEach(() => sandbox.close());

  it('describes a proxy remote: not connected by default, without credentials under the certificate model', async () => {
    const admin = sandbox.clientFor('admin');
    await admin.cluster.putSettings({
      persistent: {
        cluster: { remote: { eck: { mode: 'proxy', proxy_address: 'es.example.com:9443', server_name: 'es.svc' } } },
      },
    });
    const info = await admin.cluster.remoteInfo();
    expect(info.eck).toEqual({
      connected: false,
      mode: 'proxy',
      proxy_address: 'es.example.com:9443',
      server_name: 'es.svc',
      num_proxy_sockets_connected: 0,
      max_proxy_socket_connections: 18,
      initial_connect_timeout: '30s',
      skip_unavailable: true,
    });
  });

  it('shows redacted cluster credentials and the connection state the model holds', async () => {
    const admin = sandbox.clientFor('admin');
    await admin.cluster.putSettings({
      persistent: { 'cluster.remote.eck.mode': 'proxy', 'cluster.remote.eck.proxy_address': 'h:9443' },
    });
    sandbox.es.model.setRemoteClusterCredentials('eck', true);
    sandbox.es.model.setRemoteConnection('eck', { connected: true, connections: 7 });
    expect((await admin.cluster.remoteInfo()).eck).toMatchObject({
      connected: true,
      num_proxy_sockets_connected: 7,
      cluster_credentials: '::es_redacted::',
    });
  });

  it('describes a sniff remote from elasticsearch.yml', async () => {
    sandbox.es.model.setRemoteConnection('from_yml', { connected: true });
    expect((await sandbox.clientFor('admin').cluster.remoteInfo()).from_yml).toEqual({
      connected: true,
      mode: 'sniff',
      seeds: ['10.0.0.9:9300'],
      num_nodes_connected: 3,
      max_connections_per_cluster: 3,
      initial_connect_timeout: '30s',
      skip_unavailable: true,
    });
  });

  it('layers settings key by key: transient over persistent over elasticsearch.yml', async () => {
    const admin = sandbox.clientFor('admin');
    const before = await admin.cluster.remoteInfo();
    expect(before.shadowed).toMatchObject({ proxy_address: 'yml.example.com:9443', skip_unavailable: true });

    await admin.cluster.putSettings({
      persistent: {
        'cluster.remote.shadowed.mode': 'proxy',
        'cluster.remote.shadowed.proxy_address': 'persistent.example.com:9443',
        'cluster.remote.shadowed.skip_unavailable': false,
      },
    });
    expect((await admin.cluster.remoteInfo()).shadowed).toMatchObject({
      proxy_address: 'persistent.example.com:9443',
      skip_unavailable: false,
    });

    await admin.cluster.putSettings({
      transient: {
        'cluster.remote.shadowed.mode': 'proxy',
        'cluster.remote.shadowed.proxy_address': 'transient.example.com:9443',
      },
    });
    expect((await admin.cluster.remoteInfo()).shadowed).toMatchObject({
      proxy_address: 'transient.example.com:9443',
      skip_unavailable: false,
    });
  });

  it('drops a remote once its address is deleted', async () => {
    const admin = sandbox.clientFor('admin');
    await admin.cluster.putSettings({ persistent: { 'cluster.remote.gone.seeds': ['10.0.0.1:9300'] } });
    expect(Object.keys(await admin.cluster.remoteInfo())).toContain('gone');
    await admin.cluster.putSettings({ persistent: { 'cluster.remote.gone.seeds': null } });
    expect(Object.keys(await admin.cluster.remoteInfo())).toEqual(['from_yml', 'shadowed']);
  });

  it('needs monitor', async () => {
    const error = await responseErrorOf(sandbox.clientFor('ccs_user').cluster.remoteInfo());
    expect(error.statusCode).toBe(403);
    expect(reasonOf(error.body)).toBe(
      'action [cluster:monitor/remote/info] is unauthorized for user [ccs_user] with effective roles [cross_cluster_search], ' +
        'this action is granted by the cluster privileges [monitor,manage,all]',
    );
  });
});
