import { randomBytes, randomUUID } from 'node:crypto';
import type { estypes } from '@elastic/elasticsearch';
import { createApiKeyStore, type ApiKeyStore } from '../security/api_keys';
import { seedUsers, SEED_ROLES, type SeedUsername } from '../security/seed_users';
import { BUILT_IN_ROLES, type RoleDescriptor, type SandboxUser } from '../security/users_and_roles';
import { configuredRemotes, type RemoteClusterConfig } from '../settings/remote_cluster_settings';
import type { ClusterSettingsState } from '../settings/settings_update';
import {
  flattenSettings,
  layerSettings,
  sortSettings,
  type FlatSettings,
  type SettingValue,
} from '../settings/settings_tree';
import type { LicenseState } from './license';
import { createIndexStore, type IndexStore, type SourceDocument } from './index_store';
import type { RemoteConnectionStatus } from './remote_connection_info';
import { parseVersion } from './version_info';

export interface ClusterIdentity {
  readonly name: string;
  readonly uuid: string;
  readonly nodeName: string;
  readonly version: string;
}

export interface ClusterModelOptions {
  readonly clusterName: string;
  readonly version: string;
  readonly licenseType: estypes.LicenseLicenseType;
  readonly licenseStatus?: estypes.LicenseLicenseStatus;
  readonly clusterUuid?: string;
  readonly nodeName?: string;
  /** Added to the seed users; a user with a seed user's name replaces it. */
  readonly users?: readonly SandboxUser[];
  /** Added to the seed and built-in roles. */
  readonly roles?: Readonly<Record<string, RoleDescriptor>>;
  readonly passwords?: Partial<Record<SeedUsername, string>>;
  /** elasticsearch.yml: nested or dotted keys. Remotes defined here show in `_remote/info` only. */
  readonly nodeSettings?: Record<string, unknown>;
  /** Documents to serve from `_search`, by index name. */
  readonly indices?: Readonly<Record<string, readonly SourceDocument[]>>;
}

/**
 * Where a cluster whose nodes are simulated one by one reads remote connection state: the node that
 * handles the request. Without it the model keeps that state itself, set by tests.
 */
export interface RemoteClusterStateSource {
  remoteConnection(alias: string): RemoteConnectionStatus;
  hasRemoteClusterCredentials(alias: string): boolean;
}

/**
 * The state of one simulated cluster, kept apart from HTTP so that later steps (API keys, the
 * keystore, the remote side's view) can grow here. Endpoints read it and decide with pure
 * functions; tests arrange it through the setters.
 */
export interface ClusterModel {
  readonly identity: ClusterIdentity;
  readonly license: LicenseState;
  readonly users: ReadonlyMap<string, SandboxUser>;
  readonly roles: ReadonlyMap<string, RoleDescriptor>;
  /** Static node settings (elasticsearch.yml), flat and normalized. */
  readonly nodeSettings: FlatSettings;
  readonly clusterSettings: ClusterSettingsState;
  /** Node settings overlaid with persistent, then transient settings: what the node acts on. */
  effectiveSettings(): FlatSettings;
  remotes(): RemoteClusterConfig[];
  replaceClusterSettings(settings: ClusterSettingsState): void;
  remoteConnection(alias: string): RemoteConnectionStatus;
  setRemoteConnection(alias: string, status: RemoteConnectionStatus): void;
  hasRemoteClusterCredentials(alias: string): boolean;
  setRemoteClusterCredentials(alias: string, present: boolean): void;
  putUser(user: SandboxUser): void;
  putRole(name: string, role: RoleDescriptor): void;
  setLicense(type: estypes.LicenseLicenseType, status?: estypes.LicenseLicenseStatus): void;
  /** REST and cross-cluster API keys, as the security index holds them. */
  readonly apiKeys: ApiKeyStore;
  readonly indices: IndexStore;
}

/** Elasticsearch cluster UUIDs are 22 characters of URL-safe base64. */
function clusterUuid(): string {
  return randomBytes(16).toString('base64url').slice(0, 22);
}

function withoutNulls(settings: Record<string, SettingValue | null>): FlatSettings {
  return sortSettings(
    Object.fromEntries(Object.entries(settings).filter((entry): entry is [string, SettingValue] => entry[1] !== null)),
  );
}

const NODES_OWN_REMOTE_STATE =
  'This cluster simulates its nodes: connections and credentials come from their keystores and settings';

export function createClusterModel(options: ClusterModelOptions, remoteState?: RemoteClusterStateSource): ClusterModel {
  parseVersion(options.version);
  const identity: ClusterIdentity = {
    name: options.clusterName,
    uuid: options.clusterUuid ?? clusterUuid(),
    nodeName: options.nodeName ?? `${options.clusterName}-node-0`,
    version: options.version,
  };
  let license: LicenseState = {
    type: options.licenseType,
    status: options.licenseStatus ?? 'active',
    uid: randomUUID(),
    issueDate: new Date(),
  };
  const users = new Map(seedUsers(options.passwords).map((user) => [user.username, user]));
  for (const user of options.users ?? []) users.set(user.username, user);
  const roles = new Map(Object.entries({ ...BUILT_IN_ROLES, ...SEED_ROLES, ...options.roles }));
  const nodeSettings = withoutNulls(flattenSettings(options.nodeSettings ?? {}));
  let clusterSettings: ClusterSettingsState = { persistent: {}, transient: {} };
  const connections = new Map<string, RemoteConnectionStatus>();
  const credentials = new Set<string>();

  const effectiveSettings = () => layerSettings(nodeSettings, clusterSettings.persistent, clusterSettings.transient);

  return {
    identity,
    get license() {
      return license;
    },
    users,
    roles,
    nodeSettings,
    get clusterSettings() {
      return clusterSettings;
    },
    effectiveSettings,
    remotes: () => configuredRemotes(effectiveSettings()),
    replaceClusterSettings(settings) {
      clusterSettings = settings;
    },
    remoteConnection: (alias) => remoteState?.remoteConnection(alias) ?? connections.get(alias) ?? { connected: false },
    setRemoteConnection(alias, status) {
      if (remoteState) throw new Error(NODES_OWN_REMOTE_STATE);
      connections.set(alias, status);
    },
    hasRemoteClusterCredentials: (alias) => remoteState?.hasRemoteClusterCredentials(alias) ?? credentials.has(alias),
    setRemoteClusterCredentials(alias, present) {
      if (remoteState) throw new Error(NODES_OWN_REMOTE_STATE);
      if (present) credentials.add(alias);
      else credentials.delete(alias);
    },
    putUser(user) {
      users.set(user.username, user);
    },
    putRole(name, role) {
      roles.set(name, role);
    },
    setLicense(type, status = 'active') {
      license = { ...license, type, status };
    },
    apiKeys: createApiKeyStore(),
    indices: createIndexStore(options.indices),
  };
}
