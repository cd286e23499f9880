import type { estypes } from '@elastic/elasticsearch';
import type { RemoteClusterSummary, RemoteSettingsSource } from '../../common/types/local_cluster';

type RemoteSettingsTree = { cluster?: { remote?: Record<string, unknown> } };

function aliasesIn(settings: Record<string, unknown> | undefined): Set<string> {
  const remote = (settings as RemoteSettingsTree | undefined)?.cluster?.remote ?? {};
  return new Set(Object.keys(remote));
}

/**
 * Joins `_remote/info` (what the node knows, including remotes from elasticsearch.yml) with
 * `_cluster/settings` (where each remote is defined). `cluster_credentials` is present only when
 * the alias has API key credentials in the keystore: that is what makes it an API key remote.
 */
export function summarizeRemotes(
  remoteInfo: estypes.ClusterRemoteInfoResponse,
  settings: Pick<estypes.ClusterGetSettingsResponse, 'persistent' | 'transient'>,
): RemoteClusterSummary[] {
  const persistent = aliasesIn(settings.persistent);
  const transient = aliasesIn(settings.transient);
  const source = (alias: string): RemoteSettingsSource =>
    persistent.has(alias) ? 'persistent' : transient.has(alias) ? 'transient' : 'node';

  return Object.entries(remoteInfo)
    .map(([alias, info]): RemoteClusterSummary => {
      const common = {
        alias,
        connected: info.connected,
        securityModel:
          'cluster_credentials' in info && info.cluster_credentials ? ('api_key' as const) : ('certificate' as const),
        skipUnavailable: info.skip_unavailable,
        settingsSource: source(alias),
      };
      if (info.mode === 'proxy') {
        return {
          ...common,
          mode: 'proxy',
          proxyAddress: info.proxy_address,
          serverName: info.server_name || null,
          seeds: [],
          connectionCount: info.num_proxy_sockets_connected,
          maxConnections: info.max_proxy_socket_connections,
        };
      }
      return {
        ...common,
        mode: 'sniff',
        proxyAddress: null,
        serverName: null,
        seeds: info.seeds,
        connectionCount: info.num_nodes_connected,
        maxConnections: info.max_connections_per_cluster,
      };
    })
    .sort((a, b) => a.alias.localeCompare(b.alias));
}
