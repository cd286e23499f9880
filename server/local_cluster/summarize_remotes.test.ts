import type { estypes } from '@elastic/elasticsearch';
import { summarizeRemotes } from './summarize_remotes';

const proxy = (
  extra: Partial<estypes.ClusterRemoteInfoClusterRemoteProxyInfo> = {},
): estypes.ClusterRemoteInfoClusterRemoteInfo => ({
  mode: 'proxy',
  connected: true,
  proxy_address: 'lb.example:9443',
  server_name: 'logs-es-remote-cluster.prod.svc',
  num_proxy_sockets_connected: 18,
  max_proxy_socket_connections: 18,
  initial_connect_timeout: '30s',
  skip_unavailable: true,
  ...extra,
});

const sniff: estypes.ClusterRemoteInfoClusterRemoteInfo = {
  mode: 'sniff',
  connected: false,
  seeds: ['10.0.0.1:9300'],
  num_nodes_connected: 0,
  max_connections_per_cluster: 3,
  initial_connect_timeout: '30s',
  skip_unavailable: false,
};

describe('summarizeRemotes', () => {
  it.each([
    ['API key remote (cluster_credentials present)', proxy({ cluster_credentials: '::es_redacted::' }), 'api_key'],
    ['certificate remote (no cluster_credentials)', proxy(), 'certificate'],
  ])('%s', (_name, info, securityModel) => {
    const [remote] = summarizeRemotes({ logs: info }, { persistent: {}, transient: {} });
    expect(remote.securityModel).toBe(securityModel);
  });

  it('describes proxy and sniff remotes in the same shape', () => {
    const remotes = summarizeRemotes(
      { logs: proxy({ server_name: '' }), dc2: sniff },
      { persistent: {}, transient: {} },
    );
    expect(remotes).toEqual([
      {
        alias: 'dc2',
        mode: 'sniff',
        connected: false,
        securityModel: 'certificate',
        proxyAddress: null,
        serverName: null,
        seeds: ['10.0.0.1:9300'],
        skipUnavailable: false,
        connectionCount: 0,
        maxConnections: 3,
        settingsSource: 'node',
      },
      {
        alias: 'logs',
        mode: 'proxy',
        connected: true,
        securityModel: 'certificate',
        proxyAddress: 'lb.example:9443',
        serverName: null,
        seeds: [],
        skipUnavailable: true,
        connectionCount: 18,
        maxConnections: 18,
        settingsSource: 'node',
      },
    ]);
  });

  it.each([
    [{ persistent: { cluster: { remote: { logs: {} } } }, transient: {} }, 'persistent'],
    [{ persistent: {}, transient: { cluster: { remote: { logs: {} } } } }, 'transient'],
    [{ persistent: { cluster: { remote: { other: {} } } }, transient: {} }, 'node'],
  ])('finds where the remote is defined: %j → %s', (settings, source) => {
    expect(summarizeRemotes({ logs: proxy() }, settings)[0].settingsSource).toBe(source);
  });
});
