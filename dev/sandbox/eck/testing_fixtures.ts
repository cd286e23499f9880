import type { ElasticsearchObject, ElasticsearchSpec } from './elasticsearch_resource';

/** An Elasticsearch resource as the store returns it, for the pure functions' table tests. */
export function elasticsearchFixture(spec: Partial<ElasticsearchSpec> = {}, name = 'quickstart'): ElasticsearchObject {
  return {
    apiVersion: 'elasticsearch.k8s.elastic.co/v1',
    kind: 'Elasticsearch',
    metadata: { name, namespace: 'prod', uid: 'uid-1', generation: 1 },
    spec: { version: '9.1.5', nodeSets: [{ name: 'default', count: 3 }], ...spec },
  };
}
