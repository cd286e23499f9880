import { applyStrategicMergePatch, STRATEGIC_MERGE_KEYS } from './strategic_merge_patch';

describe('strategic merge patch', () => {
  const service = {
    metadata: { name: 'es', finalizers: ['a/b'], labels: { app: 'es', tier: 'hot' } },
    spec: {
      ports: [
        { name: 'https', port: 9200 },
        { name: 'rcs', port: 9443 },
      ],
      externalIPs: ['192.0.2.1'],
      selector: { app: 'es' },
    },
  };
  const patch = (body: Record<string, unknown>) =>
    applyStrategicMergePatch(service, body, STRATEGIC_MERGE_KEYS.Service);

  it.each([
    [
      'merges Service ports by port',
      { spec: { ports: [{ port: 9443, targetPort: 9444 }, { port: 9300 }] } },
      { ports: [{ name: 'https', port: 9200 }, { name: 'rcs', port: 9443, targetPort: 9444 }, { port: 9300 }] },
    ],
    [
      'deletes a port with $patch: delete',
      { spec: { ports: [{ port: 9200, $patch: 'delete' }] } },
      { ports: [{ name: 'rcs', port: 9443 }] },
    ],
    [
      'replaces the ports with $patch: replace',
      { spec: { ports: [{ port: 1 }, { $patch: 'replace' }] } },
      { ports: [{ port: 1 }] },
    ],
    ['replaces lists without a merge key', { spec: { externalIPs: ['192.0.2.2'] } }, { externalIPs: ['192.0.2.2'] }],
    [
      'ignores $setElementOrder',
      { spec: { '$setElementOrder/ports': [{ port: 9443 }, { port: 9200 }] } },
      { ports: service.spec.ports },
    ],
    [
      'replaces a map with $patch: replace',
      { spec: { selector: { role: 'x', $patch: 'replace' } } },
      { selector: { role: 'x' } },
    ],
    ['deletes with null', { spec: { selector: null } }, { selector: undefined }],
  ])('%s', (_, body, expectedSpec) => {
    expect(patch(body).spec).toEqual({ ...service.spec, ...expectedSpec });
  });

  it('merges finalizers as a set and deletes from it with $deleteFromPrimitiveList', () => {
    expect(patch({ metadata: { finalizers: ['a/b', 'c/d'] } }).metadata).toMatchObject({ finalizers: ['a/b', 'c/d'] });
    expect(patch({ metadata: { '$deleteFromPrimitiveList/finalizers': ['a/b'] } }).metadata).toMatchObject({
      finalizers: [],
    });
  });

  it('keeps only the keys listed in $retainKeys', () => {
    expect(patch({ metadata: { labels: { $retainKeys: ['app'] } } }).metadata).toMatchObject({ labels: { app: 'es' } });
  });
});
