/**
 * Names, labels and ports ECK gives the objects of an Elasticsearch resource
 * (pkg/apis/elasticsearch/v1/name.go, pkg/controller/elasticsearch/label/label.go).
 */
export const ECK_API = {
  group: 'elasticsearch.k8s.elastic.co',
  version: 'v1',
  plural: 'elasticsearches',
} as const;

export const ECK_LABELS = {
  clusterName: 'elasticsearch.k8s.elastic.co/cluster-name',
  type: 'common.k8s.elastic.co/type',
} as const;

/**
 * The operator version that last reconciled a resource, where an operator records it. ECK 3.x does
 * not (seen with the real 3.2.0 and 3.5.0 operators): capabilities are then probed, not read.
 */
export const ECK_CONTROLLER_VERSION_ANNOTATION = 'common.k8s.elastic.co/controller-version';

export const ECK_PORTS = { http: 9200, transport: 9300, remoteClusterServer: 9443 } as const;

export const eckServiceNames = (cluster: string) => ({
  http: `${cluster}-es-http`,
  internalHttp: `${cluster}-es-internal-http`,
  transport: `${cluster}-es-transport`,
  remoteCluster: `${cluster}-es-remote-cluster`,
});
