import type { ClusterModel } from '../elasticsearch/cluster/cluster_model';
import type { RemoteAccess } from '../elasticsearch/cluster/cluster_nodes';
import type { RemoteConnectionStatus } from '../elasticsearch/cluster/remote_connection_info';
import type { RemoteDialer } from '../elasticsearch/remote_clusters/connect_remote';
import { unreachable } from '../elasticsearch/remote_clusters/connection_failure';
import type { ConnectionOutcome } from '../elasticsearch/remote_clusters/decide_connection';
import type { RemoteClusterConfig } from '../elasticsearch/settings/remote_cluster_settings';
import { nodeRoles } from './node_config';
import { dialingContext } from './node_ssl';
import type { SelfManagedNode } from './self_managed_node';

/**
 * Each node's connections to its remotes. Nothing polls: a node dials when something that can
 * change the outcome happens (cluster settings, a keystore reload, a restart, a reloaded SSL file)
 * and when an active API asks (`_resolve/cluster`, a search). `_remote/info` reads the last outcome.
 */
export interface RemoteConnectionManager {
  status(node: SelfManagedNode, alias: string): RemoteConnectionStatus;
  lastOutcome(node: SelfManagedNode, alias: string): ConnectionOutcome | undefined;
  connect(node: SelfManagedNode, alias: string): Promise<RemoteAccess>;
  /** Dials every configured remote in the background, as Elasticsearch rebuilds connections. */
  reconnectAll(node: SelfManagedNode): void;
  /** A stopped node has no connections. */
  forget(node: SelfManagedNode): void;
  /** Resolves once no dial is in flight. */
  settled(): Promise<void>;
}

export interface RemoteConnectionManagerOptions {
  readonly model: ClusterModel;
  readonly dialer: RemoteDialer;
  readonly remotesOf: (node: SelfManagedNode) => RemoteClusterConfig[];
}

export function createRemoteConnectionManager(options: RemoteConnectionManagerOptions): RemoteConnectionManager {
  const { model, dialer, remotesOf } = options;
  const outcomes = new Map<string, ConnectionOutcome>();
  const latest = new Map<string, number>();
  const inFlight = new Set<Promise<unknown>>();
  let generation = 0;
  const keyOf = (node: SelfManagedNode, alias: string) => `${node.name}\u0000${alias}`;

  async function dial(node: SelfManagedNode, alias: string): Promise<ConnectionOutcome | undefined> {
    const state = node.loaded();
    const remote = remotesOf(node).find((candidate) => candidate.alias === alias);
    if (!state || !remote) return undefined;
    const credentials = state.secureSettings[`cluster.remote.${alias}.credentials`];
    const key = keyOf(node, alias);
    const mine = ++generation;
    latest.set(key, mine);
    const outcome = await dialer.dial({
      alias,
      remote,
      local: { version: model.identity.version, license: model.license },
      credentials,
      ssl: dialingContext(state.settings, state.files, credentials !== undefined),
    });
    // A later dial (after a reload or restart) owns the state; this one only answers its caller.
    if (latest.get(key) === mine && node.status() === 'running') {
      outcomes.set(key, outcome);
      if (!outcome.connected) for (const line of outcome.failure.localLog) node.log.write(line);
    }
    return outcome;
  }

  function track<T>(work: Promise<T>): Promise<T> {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => undefined);
    return work;
  }

  return {
    status(node, alias) {
      return { connected: outcomes.get(keyOf(node, alias))?.connected ?? false };
    },
    lastOutcome: (node, alias) => outcomes.get(keyOf(node, alias)),
    async connect(node, alias) {
      const outcome = await track(dial(node, alias));
      if (!outcome)
        return { connected: false, failure: { cause: 'unavailable', localLog: [], searchFailure: unreachable(alias) } };
      return outcome;
    },
    reconnectAll(node) {
      const state = node.loaded();
      // Without the remote_cluster_client role a node never dials a remote.
      if (!state || !nodeRoles(state.settings).includes('remote_cluster_client')) return;
      const configured = new Set(remotesOf(node).map((remote) => remote.alias));
      for (const key of [...outcomes.keys()]) {
        const [name, alias] = key.split('\u0000');
        if (name === node.name && !configured.has(alias)) outcomes.delete(key);
      }
      for (const alias of configured) void track(dial(node, alias));
    },
    forget(node) {
      for (const key of [...outcomes.keys()]) if (key.startsWith(`${node.name}\u0000`)) outcomes.delete(key);
    },
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
