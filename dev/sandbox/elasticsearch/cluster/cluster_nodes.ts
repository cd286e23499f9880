import { createHash } from 'node:crypto';
import type { estypes } from '@elastic/elasticsearch';
import { unreachable, type ConnectionFailure } from '../remote_clusters/connection_failure';
import type { ConnectionOutcome } from '../remote_clusters/decide_connection';
import { configuredRemotes, type RemoteClusterConfig } from '../settings/remote_cluster_settings';
import { layerSettings, type FlatSettings } from '../settings/settings_tree';
import type { ClusterModel } from './cluster_model';
import type { RemoteConnectionStatus } from './remote_connection_info';

/** One node as the per-node REST endpoints see it. */
export interface ClusterNode {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly transportAddress: string;
  /** elasticsearch.yml as the node loaded it at its last start: flat, normalized. */
  settings(): FlatSettings;
  /** Its own settings under the cluster's persistent and transient settings: the remotes it dials. */
  remotes(): RemoteClusterConfig[];
  remoteConnection(alias: string): RemoteConnectionStatus;
  /** `cluster.remote.<alias>.credentials` loaded from its keystore. */
  hasRemoteClusterCredentials(alias: string): boolean;
  /** The certificates of its SSL contexts, for `_ssl/certificates`. */
  sslCertificates(): estypes.SslCertificatesCertificateInformation[];
  reloadSecureSettings(password: string | undefined): Promise<estypes.NodesNodeReloadResult>;
}

/** What a node reaching a remote found: the connection model's outcome, or a bare status in the single-node sandbox. */
export type RemoteAccess =
  | (Extract<ConnectionOutcome, { connected: true }> & { readonly remote: ClusterModel })
  | { readonly connected: true; readonly model: 'api_key' | 'certificate'; readonly remote: undefined }
  | { readonly connected: false; readonly failure: ConnectionFailure };

/** The nodes of a cluster, and the one the REST client happens to talk to. */
export interface ClusterNodes {
  running(): ClusterNode[];
  /** The node that handles REST requests (the coordinating node). */
  coordinating(): ClusterNode;
  /** Dials the remote from `node` now, as `_resolve/cluster` and searches do; updates what `_remote/info` shows. */
  connect(node: ClusterNode, alias: string): Promise<RemoteAccess>;
  /** Cluster settings changed: nodes reconnect the remotes in the background, as Elasticsearch does. */
  clusterSettingsChanged(): void;
}

/** Node ids are 22 characters of URL-safe base64; stable per name so responses do not change between runs. */
export function nodeIdFor(clusterName: string, nodeName: string): string {
  return createHash('sha256').update(`${clusterName}/${nodeName}`).digest('base64url').slice(0, 22);
}

/**
 * The sandbox's plain cluster: one node with elasticsearch.yml from the model, no keystore and no
 * network, whose remote connections and credentials are whatever a test set on the model.
 */
export function singleNodeTopology(model: ClusterModel): ClusterNodes {
  const node: ClusterNode = {
    id: nodeIdFor(model.identity.name, model.identity.nodeName),
    name: model.identity.nodeName,
    roles: ['data', 'ingest', 'master', 'remote_cluster_client'],
    transportAddress: '127.0.0.1:9300',
    settings: () => model.nodeSettings,
    remotes: () =>
      configuredRemotes(
        layerSettings(model.nodeSettings, model.clusterSettings.persistent, model.clusterSettings.transient),
      ),
    remoteConnection: (alias) => model.remoteConnection(alias),
    hasRemoteClusterCredentials: (alias) => model.hasRemoteClusterCredentials(alias),
    sslCertificates: () => [],
    reloadSecureSettings: async () => ({ name: model.identity.nodeName, secure_setting_names: [] }),
  };
  return {
    running: () => [node],
    coordinating: () => node,
    async connect(_node, alias) {
      if (!model.remoteConnection(alias).connected) {
        return { connected: false, failure: { cause: 'unavailable', localLog: [], searchFailure: unreachable(alias) } };
      }
      return {
        connected: true,
        model: model.hasRemoteClusterCredentials(alias) ? 'api_key' : 'certificate',
        remote: undefined,
      };
    },
    clusterSettingsChanged: () => undefined,
  };
}
