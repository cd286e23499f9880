import type { estypes } from '@elastic/elasticsearch';
import type { RemoteClusterConfig } from '../settings/remote_cluster_settings';

/** What the node knows about its connection to one remote; `_remote/info` reports it without dialling. */
export interface RemoteConnectionStatus {
  readonly connected: boolean;
  /** Open sockets (proxy) or connected nodes (sniff); defaults to the maximum when connected. */
  readonly connections?: number;
}

export interface RemoteInfoInputs {
  readonly remotes: readonly RemoteClusterConfig[];
  readonly statusOf: (alias: string) => RemoteConnectionStatus;
  /** Aliases with `cluster.remote.<alias>.credentials` loaded from the keystore (the API key model). */
  readonly hasCredentials: (alias: string) => boolean;
  readonly initialConnectTimeout: string;
  readonly defaultSkipUnavailable: boolean;
}

/** `GET /_remote/info`, field for field and in the order `RemoteConnectionInfo` writes it. */
export function describeRemoteConnections(inputs: RemoteInfoInputs): estypes.ClusterRemoteInfoResponse {
  const response: estypes.ClusterRemoteInfoResponse = {};
  for (const remote of inputs.remotes) {
    const status = inputs.statusOf(remote.alias);
    const connected = status.connected;
    const settings = {
      initial_connect_timeout: inputs.initialConnectTimeout,
      skip_unavailable: remote.skipUnavailable ?? inputs.defaultSkipUnavailable,
      // Elasticsearch writes this for both modes, though the specification only types it for proxy.
      ...(inputs.hasCredentials(remote.alias) ? { cluster_credentials: '::es_redacted::' } : {}),
    };
    if (remote.mode === 'proxy') {
      const max = remote.proxySocketConnections;
      response[remote.alias] = {
        connected,
        mode: 'proxy',
        proxy_address: remote.proxyAddress,
        server_name: remote.serverName,
        num_proxy_sockets_connected: connected ? Math.min(status.connections ?? max, max) : 0,
        max_proxy_socket_connections: max,
        ...settings,
      };
    } else {
      const max = remote.nodeConnections;
      response[remote.alias] = {
        connected,
        mode: 'sniff',
        seeds: [...remote.seeds],
        num_nodes_connected: connected ? Math.min(status.connections ?? max, max) : 0,
        max_connections_per_cluster: max,
        ...settings,
      };
    }
  }
  return response;
}
