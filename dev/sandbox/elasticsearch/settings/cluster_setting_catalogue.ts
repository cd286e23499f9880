import {
  booleanValue,
  choiceValue,
  enumValue,
  hostPortListValue,
  hostPortValue,
  integerValue,
  stringValue,
  timeValue,
  type ValueCheck,
} from './setting_values';

export type RemoteConnectionMode = 'sniff' | 'proxy';

/** What a remote-cluster setting depends on, mirroring the validators in Elasticsearch's `RemoteClusterSettings`. */
export interface RemoteSettingRule {
  /** `StrategyValidator`: the setting is only valid under this connection mode. */
  readonly requiredMode?: RemoteConnectionMode;
  /** `RemoteConnectionEnabled`: the remote must have seeds or a proxy address in the same scope. */
  readonly requiresEnabledRemote?: boolean;
}

export interface SettingDefinition {
  readonly key: string;
  /** Only dynamic settings can be changed through `PUT /_cluster/settings`. */
  readonly dynamic: boolean;
  readonly check: ValueCheck;
  readonly remote?: RemoteSettingRule & { readonly alias: string };
}

interface RemoteSettingShape extends RemoteSettingRule {
  readonly dynamic: boolean;
  readonly check: ValueCheck;
}

/** Settings under `cluster.remote.<alias>.`; the alias is any run of word characters and dashes. */
const REMOTE_SETTINGS: Readonly<Record<string, RemoteSettingShape>> = {
  mode: {
    dynamic: true,
    check: enumValue('org.elasticsearch.transport.RemoteConnectionStrategy.ConnectionStrategy', ['SNIFF', 'PROXY']),
  },
  seeds: { dynamic: true, check: hostPortListValue, requiredMode: 'sniff' },
  node_connections: { dynamic: true, check: integerValue(1), requiredMode: 'sniff' },
  proxy: { dynamic: true, check: hostPortValue, requiredMode: 'sniff' },
  proxy_address: { dynamic: true, check: hostPortValue, requiredMode: 'proxy' },
  proxy_socket_connections: { dynamic: true, check: integerValue(1), requiredMode: 'proxy' },
  server_name: { dynamic: true, check: stringValue, requiredMode: 'proxy' },
  skip_unavailable: { dynamic: true, check: booleanValue, requiresEnabledRemote: true },
  'transport.ping_schedule': { dynamic: true, check: timeValue, requiresEnabledRemote: true },
  'transport.compress': {
    dynamic: true,
    check: enumValue('org.elasticsearch.transport.Compression.Enabled', ['TRUE', 'FALSE', 'INDEXING_DATA']),
    requiresEnabledRemote: true,
  },
  'transport.compression_scheme': {
    dynamic: true,
    check: enumValue('org.elasticsearch.transport.Compression.Scheme', ['DEFLATE', 'LZ4']),
    requiresEnabledRemote: true,
  },
  // A secure (keystore) setting: it exists, but only `elasticsearch-keystore` can set it.
  credentials: { dynamic: false, check: stringValue },
};

/** A handful of everyday cluster settings, so the sandbox is not a remote-clusters-only toy. */
const CLUSTER_SETTINGS: readonly SettingDefinition[] = [
  {
    key: 'cluster.routing.allocation.enable',
    dynamic: true,
    check: choiceValue(
      ['all', 'primaries', 'new_primaries', 'none'],
      (value) => `Illegal allocation.enable value [${value.toUpperCase()}]`,
    ),
  },
  {
    key: 'cluster.routing.rebalance.enable',
    dynamic: true,
    check: choiceValue(
      ['all', 'primaries', 'replicas', 'none'],
      (value) => `Illegal rebalance.enable value [${value.toUpperCase()}]`,
    ),
  },
  { key: 'cluster.routing.allocation.disk.threshold_enabled', dynamic: true, check: booleanValue },
  { key: 'cluster.max_shards_per_node', dynamic: true, check: integerValue(1) },
  { key: 'action.destructive_requires_name', dynamic: true, check: booleanValue },
  { key: 'indices.recovery.max_bytes_per_sec', dynamic: true, check: stringValue },
  { key: 'search.default_search_timeout', dynamic: true, check: timeValue },
  { key: 'xpack.monitoring.collection.enabled', dynamic: true, check: booleanValue },
  // Node-scope settings of the remote cluster client: readable, but only from elasticsearch.yml.
  { key: 'cluster.remote.initial_connect_timeout', dynamic: false, check: timeValue },
  { key: 'cluster.remote.connections_per_cluster', dynamic: false, check: integerValue(1) },
  { key: 'cluster.remote.node.attr', dynamic: false, check: stringValue },
];

const BY_KEY = new Map(CLUSTER_SETTINGS.map((definition) => [definition.key, definition]));
const REMOTE_KEY = /^cluster\.remote\.([-\w]+)\.(.+)$/;

export function findSettingDefinition(key: string): SettingDefinition | undefined {
  const fixed = BY_KEY.get(key);
  if (fixed) return fixed;
  const match = REMOTE_KEY.exec(key);
  const shape = match ? REMOTE_SETTINGS[match[2]] : undefined;
  if (!match || !shape) return undefined;
  const { dynamic, check, requiredMode, requiresEnabledRemote } = shape;
  return { key, dynamic, check, remote: { alias: match[1], requiredMode, requiresEnabledRemote } };
}

export function remoteSettingKey(alias: string, suffix: string): string {
  return `cluster.remote.${alias}.${suffix}`;
}
