export type SecurityModel = 'api_key' | 'certificate';
export type ConnectionMode = 'proxy' | 'sniff';
/** Where a remote's settings live: cluster settings can be edited, elasticsearch.yml ones cannot. */
export type RemoteSettingsSource = 'persistent' | 'transient' | 'node';

export interface RemoteClusterSummary {
  alias: string;
  mode: ConnectionMode;
  /** As `_remote/info` last saw it; it is passive and can be stale. */
  connected: boolean;
  securityModel: SecurityModel;
  proxyAddress: string | null;
  serverName: string | null;
  seeds: string[];
  skipUnavailable: boolean;
  /** Open sockets (proxy mode) or connected nodes (sniff mode). */
  connectionCount: number;
  maxConnections: number | null;
  settingsSource: RemoteSettingsSource;
}

export interface LocalClusterInfo {
  name: string;
  uuid: string;
  version: string;
  license: { type: string; status: string };
  remotes: RemoteClusterSummary[];
}
