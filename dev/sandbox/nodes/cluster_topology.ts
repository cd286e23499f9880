import type { ClusterModel } from '../elasticsearch/cluster/cluster_model';
import type { ClusterNode, ClusterNodes } from '../elasticsearch/cluster/cluster_nodes';
import { configuredRemotes, type RemoteClusterConfig } from '../elasticsearch/settings/remote_cluster_settings';
import { layerSettings } from '../elasticsearch/settings/settings_tree';
import { nodeRoles } from './node_config';
import { sslCertificateInfos } from './node_ssl';
import type { RemoteConnectionManager } from './remote_connection_manager';
import type { SelfManagedNode } from './self_managed_node';

/** A node's remotes: its elasticsearch.yml under the cluster's persistent, then transient settings. */
export function remotesOf(node: SelfManagedNode, model: ClusterModel): RemoteClusterConfig[] {
  const state = node.loaded();
  if (!state) return [];
  const { persistent, transient } = model.clusterSettings;
  return configuredRemotes(layerSettings(state.settings, persistent, transient));
}

/** The self-managed nodes as the REST endpoints see them; the first running node takes REST requests. */
export function clusterTopology(
  model: ClusterModel,
  nodes: readonly SelfManagedNode[],
  connections: RemoteConnectionManager,
): ClusterNodes {
  const views = new Map<SelfManagedNode, ClusterNode>();
  const viewOf = (node: SelfManagedNode): ClusterNode => {
    const existing = views.get(node);
    if (existing) return existing;
    const loadedSettings = () => node.loaded()?.settings ?? {};
    const view: ClusterNode = {
      id: node.id,
      name: node.name,
      get roles() {
        return nodeRoles(loadedSettings());
      },
      transportAddress: node.transportAddress,
      settings: loadedSettings,
      remotes: () => remotesOf(node, model),
      remoteConnection: (alias) => connections.status(node, alias),
      hasRemoteClusterCredentials: (alias) =>
        node.loaded()?.secureSettings[`cluster.remote.${alias}.credentials`] !== undefined,
      sslCertificates: () => {
        const state = node.loaded();
        return state ? sslCertificateInfos(state.settings, state.files) : [];
      },
      reloadSecureSettings: async (password) => node.reloadSecureSettings(password),
    };
    views.set(node, view);
    return view;
  };
  const running = () => nodes.filter((node) => node.status() === 'running');
  const nodeOf = (view: ClusterNode) => nodes.find((node) => node.name === view.name)!;

  return {
    running: () => running().map(viewOf),
    coordinating: () => {
      const [first] = running();
      if (!first) throw new Error('No node of the local cluster is running');
      return viewOf(first);
    },
    connect: (view, alias) => connections.connect(nodeOf(view), alias),
    clusterSettingsChanged: () => running().forEach((node) => connections.reconnectAll(node)),
  };
}
