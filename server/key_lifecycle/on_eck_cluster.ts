import {
  withRemoteElasticsearch,
  type RemoteElasticsearchGateway,
} from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { RouteServices } from '../routes/route_definition';

/**
 * Runs `work` against an ECK cluster's REST API as its `elastic` user, asking for the REST
 * compatibility of the version it runs (an 8.x cluster refuses the 9.x client's default).
 */
export async function onEckCluster<T>(
  services: RouteServices,
  cluster: { namespace: string; name: string },
  work: (remote: RemoteElasticsearchGateway) => Promise<T>,
): Promise<T> {
  const kubernetes = services.kubernetes();
  const resource = await kubernetes.getElasticsearch(cluster.namespace, cluster.name);
  const version = resource?.status?.version ?? resource?.spec?.version ?? null;
  return withRemoteElasticsearch(
    kubernetes,
    { ...cluster, version },
    { requestTimeoutMs: services.config.elasticsearch.requestTimeoutMs },
    work,
  );
}
