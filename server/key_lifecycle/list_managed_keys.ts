import type { ListManagedKeysResponse } from '../../common/key_lifecycle/key_lifecycle_types';
import { classifyManagedKeys } from '../../common/key_lifecycle/classify_managed_keys';
import { remotesOfEckCluster } from '../../common/ca_watch/remotes_of_eck_cluster';
import { isPluginError } from '../../common/errors/plugin_error';
import { discoverEckClusters } from '../discovery/discover_eck_clusters';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { withRemoteElasticsearch } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { EckRemoteClustersConfig } from '../config';
import type { LocalElasticsearchGateway } from '../gateways/elasticsearch/local_elasticsearch_gateway';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';

export interface KeySources {
  config: EckRemoteClustersConfig;
  kubernetes: () => KubernetesGateway;
  /** As the current user (route) or Kibana's internal user (background task). */
  local: LocalElasticsearchGateway;
}

/**
 * The cross-cluster keys this plugin created on every ECK cluster, read as each cluster's `elastic`
 * user through a port-forward, in parallel; a cluster that cannot be read says why and hides no other.
 */
export async function listManagedKeys(sources: KeySources, now = new Date()): Promise<ListManagedKeysResponse> {
  const { config } = sources;
  const kubernetes = sources.kubernetes();
  const [clusters, local] = await Promise.all([
    discoverEckClusters(kubernetes, namespaceScopeForRequest(config.kubernetes.namespaces)),
    sources.local.getLocalClusterInfo(),
  ]);
  const warningDays = config.apiKeys.expiryWarningDays;
  const localAliases = local.remotes.map((remote) => remote.alias);
  const results = await Promise.all(
    clusters.map(async (cluster) => {
      const where = { namespace: cluster.namespace, name: cluster.name };
      try {
        const keys = await withRemoteElasticsearch(
          kubernetes,
          { ...where, version: cluster.runningVersion ?? cluster.version },
          { requestTimeoutMs: config.elasticsearch.requestTimeoutMs },
          (remote) => remote.listCrossClusterKeys(),
        );
        return {
          ...where,
          keys: classifyManagedKeys({
            keys,
            localClusterUuid: local.uuid,
            localAliases,
            aliasesPointingHere: remotesOfEckCluster(cluster, local.remotes),
            now,
            warningDays,
          }),
        };
      } catch (error) {
        return { ...where, keys: [], error: isPluginError(error) ? error.message : 'unexpected error' };
      }
    }),
  );
  return { localClusterUuid: local.uuid, expiryWarningDays: warningDays, clusters: results, errors: [] };
}
