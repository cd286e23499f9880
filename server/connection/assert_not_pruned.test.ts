import { elasticsearchMergePatch } from '../../common/plan/kubectl_commands';
import { assertNotPruned } from './assert_not_pruned';

const eck = { namespace: 'search-prod', name: 'logs' };
const change = (patch: unknown) => elasticsearchMergePatch(eck, patch) as Parameters<typeof assertNotPruned>[0];

describe('assertNotPruned: a CRD drops unknown fields silently, so a patch is checked against what was stored', () => {
  it('reports a service field the CRD dropped (ECK before 3.3)', () => {
    const patch = { spec: { remoteClusterServer: { service: { spec: { type: 'LoadBalancer' } } } } };
    expect(() => assertNotPruned(change(patch), { spec: { remoteClusterServer: { enabled: true } } })).toThrow(
      expect.objectContaining({ code: 'ECK_FIELD_PRUNED', message: expect.stringContaining('older than 3.3') }),
    );
  });

  it('reports a remote cluster server the CRD does not know (ECK before 2.16)', () => {
    const patch = { spec: { remoteClusterServer: { enabled: true } } };
    expect(() => assertNotPruned(change(patch), { spec: {} })).toThrow(
      expect.objectContaining({ code: 'ECK_FIELD_PRUNED', message: expect.stringContaining('older than 2.16') }),
    );
  });

  it('accepts what was stored as asked, including ECK 3.5 writing back defaults', () => {
    const patch = { spec: { remoteClusterServer: { service: { spec: { type: 'LoadBalancer' } } } } };
    const stored = {
      spec: { remoteClusterServer: { enabled: true, service: { metadata: {}, spec: { type: 'LoadBalancer' } } } },
    };
    expect(() => assertNotPruned(change(patch), stored)).not.toThrow();
  });
});
