import { plannedPods, podObject, podStatus, restartFingerprint } from './desired_pods';
import { elasticsearchFixture } from './testing_fixtures';

describe('plannedPods', () => {
  it('names pods <es>-es-<nodeSet>-<ordinal> for every nodeSet', () => {
    const es = elasticsearchFixture({
      nodeSets: [
        { name: 'masters', count: 1 },
        { name: 'data', count: 2 },
      ],
    });
    expect(plannedPods(es).map((pod) => `${pod.statefulSet}/${pod.name}`)).toEqual([
      'quickstart-es-masters/quickstart-es-masters-0',
      'quickstart-es-data/quickstart-es-data-0',
      'quickstart-es-data/quickstart-es-data-1',
    ]);
  });
});

describe('podObject', () => {
  const es = elasticsearchFixture({
    nodeSets: [{ name: 'default', count: 1, config: { 'node.roles': ['master', 'data'] } }],
  });
  const state = { ip: '127.9.0.2', configHash: 'abc', version: '9.1.5', ready: true };

  it('carries the labels ECK puts on its pods', () => {
    expect(podObject(es, plannedPods(es)[0], state).metadata.labels).toMatchObject({
      'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart',
      'common.k8s.elastic.co/type': 'elasticsearch',
      'elasticsearch.k8s.elastic.co/statefulset-name': 'quickstart-es-default',
      'elasticsearch.k8s.elastic.co/version': '9.1.5',
      'elasticsearch.k8s.elastic.co/http-scheme': 'https',
      'elasticsearch.k8s.elastic.co/node-master': 'true',
      'elasticsearch.k8s.elastic.co/node-data': 'true',
      'elasticsearch.k8s.elastic.co/node-data_hot': 'true',
      'elasticsearch.k8s.elastic.co/node-ingest': 'false',
      'elasticsearch.k8s.elastic.co/node-voting_only': 'false',
    });
  });

  it.each([
    [true, 'Running', 'True'],
    [false, 'Pending', 'False'],
  ])('ready %s: phase %s, Ready %s', (ready, phase, condition) => {
    expect(podStatus({ ...state, ready })).toEqual({
      phase,
      podIP: '127.9.0.2',
      podIPs: [{ ip: '127.9.0.2' }],
      conditions: [
        { type: 'Ready', status: condition },
        { type: 'ContainersReady', status: condition },
      ],
    });
  });
});

describe('restartFingerprint', () => {
  const base = elasticsearchFixture();
  it.each([
    ['enabling the remote cluster server', base, true, true],
    ['an upgrade', elasticsearchFixture({ version: '9.2.0' }), false, true],
    [
      'a node setting',
      elasticsearchFixture({ nodeSets: [{ name: 'default', count: 3, config: { a: 1 } }] }),
      false,
      true,
    ],
    [
      'a new trusted CA',
      elasticsearchFixture({ transport: { tls: { certificateAuthorities: { configMapName: 'x' } } } }),
      false,
      false,
    ],
    [
      'a subject alternative name',
      elasticsearchFixture({ transport: { tls: { subjectAltNames: [{ dns: 'a' }] } } }),
      false,
      false,
    ],
  ])('%s needs a restart: %s', (_, es, remoteClusterServer, restart) => {
    expect(restartFingerprint(es, remoteClusterServer) !== restartFingerprint(base, false)).toBe(restart);
  });
});
