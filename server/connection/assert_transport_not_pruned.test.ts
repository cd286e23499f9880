import { elasticsearchMergePatch } from '../../common/plan/kubectl_commands';
import { certificateAuthoritiesPatch } from '../../common/plan/certificate/trust_local_ca_step';
import { assertTransportNotPruned } from './assert_transport_not_pruned';

const eck = { namespace: 'search-prod', name: 'logs' };
const change = (patch: unknown) =>
  elasticsearchMergePatch(eck, patch) as Parameters<typeof assertTransportNotPruned>[0];
const servicePatch = { spec: { transport: { service: { spec: { type: 'LoadBalancer' } } } } };

describe('assertTransportNotPruned: a spec.transport patch is checked against what was stored', () => {
  it.each([
    ['the service template dropped', servicePatch, { spec: { transport: {} } }, 'spec.transport.service'],
    [
      'the CA reference dropped',
      certificateAuthoritiesPatch('logs-remote-ca'),
      { spec: { transport: { tls: {} } } },
      'spec.transport.tls.certificateAuthorities',
    ],
  ])('reports %s', (_, patch, stored, field) => {
    expect(() => assertTransportNotPruned(change(patch), stored)).toThrow(
      expect.objectContaining({
        code: 'ECK_FIELD_PRUNED',
        message: expect.stringContaining(`dropped ${field} from search-prod/logs`),
      }),
    );
  });

  it('accepts what was stored as asked, with defaults written back', () => {
    const stored = {
      spec: {
        transport: {
          service: { metadata: {}, spec: { type: 'LoadBalancer' } },
          tls: { certificateAuthorities: { configMapName: 'x' } },
        },
      },
    };
    expect(() => assertTransportNotPruned(change(servicePatch), stored)).not.toThrow();
    expect(() => assertTransportNotPruned(change(certificateAuthoritiesPatch('x')), stored)).not.toThrow();
  });
});
