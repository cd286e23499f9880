import { remoteSettingKey, type RemoteConnectionMode } from './cluster_setting_catalogue';
import { settingAsList, type FlatSettings } from './settings_tree';

/** One remote cluster as the node sees it once node, persistent and transient settings are layered. */
export type RemoteClusterConfig =
  | (RemoteCommon & {
      readonly mode: 'proxy';
      readonly proxyAddress: string;
      readonly serverName: string;
      readonly proxySocketConnections: number;
    })
  | (RemoteCommon & { readonly mode: 'sniff'; readonly seeds: readonly string[]; readonly nodeConnections: number });

interface RemoteCommon {
  readonly alias: string;
  /** `undefined` when unset, so the caller can apply the default of the version it simulates. */
  readonly skipUnavailable: boolean | undefined;
}

const DEFAULT_PROXY_SOCKET_CONNECTIONS = 18;
const DEFAULT_NODE_CONNECTIONS = 3;
const ALIAS_IN_KEY = /^cluster\.remote\.([-\w]+)\.(seeds|proxy_address)$/;

/** The configured mode of an alias; Elasticsearch defaults to sniff. */
export function remoteConnectionMode(settings: FlatSettings, alias: string): RemoteConnectionMode {
  const mode = settings[remoteSettingKey(alias, 'mode')];
  return typeof mode === 'string' && mode.toLowerCase() === 'proxy' ? 'proxy' : 'sniff';
}

/** Mirrors `RemoteClusterSettings.isConnectionEnabled`: the address setting of the configured mode is not empty. */
export function isRemoteConnectionEnabled(settings: FlatSettings, alias: string): boolean {
  if (remoteConnectionMode(settings, alias) === 'proxy') {
    const address = settings[remoteSettingKey(alias, 'proxy_address')];
    return typeof address === 'string' && address !== '';
  }
  return settingAsList(settings[remoteSettingKey(alias, 'seeds')]).length > 0;
}

function integerSetting(settings: FlatSettings, key: string, fallback: number): number {
  const value = settings[key];
  return typeof value === 'string' ? Number(value) : fallback;
}

function booleanSetting(settings: FlatSettings, key: string): boolean | undefined {
  const value = settings[key];
  return typeof value === 'string' ? value === 'true' : undefined;
}

/**
 * The remotes the node connects to: aliases whose seeds or proxy address are set under their mode.
 * An alias with only, say, `skip_unavailable` left behind is not a remote.
 */
export function configuredRemotes(settings: FlatSettings): RemoteClusterConfig[] {
  const aliases = new Set<string>();
  for (const key of Object.keys(settings)) {
    const match = ALIAS_IN_KEY.exec(key);
    if (match) aliases.add(match[1]);
  }
  return [...aliases]
    .filter((alias) => isRemoteConnectionEnabled(settings, alias))
    .sort()
    .map((alias): RemoteClusterConfig => {
      const skipUnavailable = booleanSetting(settings, remoteSettingKey(alias, 'skip_unavailable'));
      if (remoteConnectionMode(settings, alias) === 'proxy') {
        return {
          alias,
          skipUnavailable,
          mode: 'proxy',
          proxyAddress: settings[remoteSettingKey(alias, 'proxy_address')] as string,
          serverName: (settings[remoteSettingKey(alias, 'server_name')] as string | undefined) ?? '',
          proxySocketConnections: integerSetting(
            settings,
            remoteSettingKey(alias, 'proxy_socket_connections'),
            DEFAULT_PROXY_SOCKET_CONNECTIONS,
          ),
        };
      }
      return {
        alias,
        skipUnavailable,
        mode: 'sniff',
        seeds: settingAsList(settings[remoteSettingKey(alias, 'seeds')]),
        // node_connections falls back to the node-wide connections_per_cluster, then to 3.
        nodeConnections: integerSetting(
          settings,
          remoteSettingKey(alias, 'node_connections'),
          integerSetting(settings, 'cluster.remote.connections_per_cluster', DEFAULT_NODE_CONNECTIONS),
        ),
      };
    });
}
