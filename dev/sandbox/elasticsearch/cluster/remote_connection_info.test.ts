import type { RemoteClusterConfig } from '../settings/remote_cluster_settings';
import { describeRemoteConnections, type RemoteConnectionStatus } from './remote_connection_info';

const PROXY: RemoteClusterConfig = {
  alias: 'eck',
  mode: 'proxy',
  proxyAddress: 'es.example.com:9443',
  serverName: 'quickstart-es-remote-cluster.default.svc',
  proxySocketConnections: 18,
  skipUnavailable: undefined,
};
const SNIFF: RemoteClusterConfig = {
  alias: 'old',
  mode: 'sniff',
  seeds: ['10.0.0.1:9300'],
  nodeConnections: 3,
  skipUnavailable: false,
};

function describe1(remote: RemoteClusterConfig, status: RemoteConnectionStatus, credentials = false) {
  return describeRemoteConnections({
    remotes: [remote],
    statusOf: () => status,
    hasCredentials: () => credentials,
    initialConnectTimeout: '30s',
    defaultSkipUnavailable: true,
  })[remote.alias];
}

describe('describeRemoteConnections', () => {
  it('describes a connected proxy remote with API key credentials', () => {
    expect(describe1(PROXY, { connected: true }, true)).toEqual({
      connected: true,
      mode: 'proxy',
      proxy_address: 'es.example.com:9443',
      server_name: 'quickstart-es-remote-cluster.default.svc',
      num_proxy_sockets_connected: 18,
      max_proxy_socket_connections: 18,
      initial_connect_timeout: '30s',
      skip_unavailable: true,
      cluster_credentials: '::es_redacted::',
    });
  });

  it.each<[string, RemoteClusterConfig, RemoteConnectionStatus, boolean, Record<string, unknown>]>([
    [
      'a disconnected proxy remote has no sockets',
      PROXY,
      { connected: false, connections: 5 },
      false,
      { num_proxy_sockets_connected: 0 },
    ],
    [
      'a partly connected proxy remote',
      PROXY,
      { connected: true, connections: 4 },
      false,
      { num_proxy_sockets_connected: 4 },
    ],
    [
      'a sniff remote',
      SNIFF,
      { connected: true },
      false,
      {
        mode: 'sniff',
        seeds: ['10.0.0.1:9300'],
        num_nodes_connected: 3,
        max_connections_per_cluster: 3,
        skip_unavailable: false,
      },
    ],
  ])('%s', (_name, remote, status, credentials, expected) => {
    expect(describe1(remote, status, credentials)).toMatchObject(expected);
  });

  it('leaves cluster_credentials out under the certificate model', () => {
    expect(describe1(PROXY, { connected: true })).not.toHaveProperty('cluster_credentials');
  });
});
