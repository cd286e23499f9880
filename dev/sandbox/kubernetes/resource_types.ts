/** The resource types the sandbox API server serves, each addressed like the real API server does. */
export interface ResourceType {
  group: string; // '' for the core group
  version: string;
  plural: string;
  kind: string;
  namespaced: boolean;
  /** Subresources with their own verbs (`status`, `portforward`). */
  subresources: string[];
}

export const CORE_TYPES: ResourceType[] = [
  { group: '', version: 'v1', plural: 'namespaces', kind: 'Namespace', namespaced: false, subresources: ['status'] },
  { group: '', version: 'v1', plural: 'services', kind: 'Service', namespaced: true, subresources: ['status'] },
  { group: '', version: 'v1', plural: 'secrets', kind: 'Secret', namespaced: true, subresources: [] },
  { group: '', version: 'v1', plural: 'configmaps', kind: 'ConfigMap', namespaced: true, subresources: [] },
  { group: '', version: 'v1', plural: 'pods', kind: 'Pod', namespaced: true, subresources: ['status', 'portforward'] },
];

/** ECK's Elasticsearch custom resource; absent when the sandbox plays a cluster without ECK. */
export const ELASTICSEARCH_TYPE: ResourceType = {
  group: 'elasticsearch.k8s.elastic.co',
  version: 'v1',
  plural: 'elasticsearches',
  kind: 'Elasticsearch',
  namespaced: true,
  subresources: ['status'],
};

export const apiVersionOf = (type: ResourceType) => (type.group ? `${type.group}/${type.version}` : type.version);
/** How RBAC and error messages name a resource: `services`, `elasticsearches.elasticsearch.k8s.elastic.co`. */
export const qualifiedResource = (type: ResourceType) => (type.group ? `${type.plural}.${type.group}` : type.plural);
