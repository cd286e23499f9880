import { summarizeEckClusters } from './summarize_eck_clusters';

describe('summarizeEckClusters', () => {
  const resource = (annotations?: Record<string, string>) => ({
    metadata: { name: 'logs', namespace: 'prod', generation: 3, annotations },
    spec: { version: '9.1.5' },
    status: { phase: 'Ready' as const, health: 'green' as const, observedGeneration: 2 },
  });

  it('reads the operator version where an operator records it, and says when ECK has not seen a change', () => {
    const [summary] = summarizeEckClusters([resource({ 'common.k8s.elastic.co/controller-version': '2.16.1' })], []);
    expect(summary).toMatchObject({ operatorVersion: '2.16.1', changesObserved: false, health: 'green' });
  });

  it('leaves the operator version unknown otherwise, and joins no foreign Services', () => {
    const other = {
      metadata: { name: 'x-es-http', namespace: 'prod', labels: { 'elasticsearch.k8s.elastic.co/cluster-name': 'x' } },
    };
    const [summary] = summarizeEckClusters([resource()], [other]);
    expect(summary).toMatchObject({ operatorVersion: null, services: [] });
  });
});
