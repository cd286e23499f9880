import { doneStep, observedEck, service } from '../api_key/test_observations';
import type { ObservedService } from '../observation';
import type { ObservedEckTransport } from './certificate_observation';
import type { TransportExposure } from './certificate_steps';
import { exposeTransportStep } from './expose_transport_step';

const LB: TransportExposure = { type: 'LoadBalancer', port: 9300, annotations: {} };
const transportService = (overrides: Partial<ObservedService> = {}) =>
  service({
    name: 'logs-es-transport',
    ports: [{ name: 'tls-transport', port: 9300, targetPort: 9300 }],
    ...overrides,
  });
const run = (
  exposure: TransportExposure,
  template: ObservedEckTransport['service'],
  svc: ObservedService | undefined,
  preflight = doneStep(),
) =>
  exposeTransportStep(
    observedEck({ services: svc ? [svc] : [] }),
    { configMapName: null, service: template },
    exposure,
    preflight,
  );

describe('expose the transport layer', () => {
  it.each([
    ['headless: patch spec.transport.service', LB, null, transportService(), 'ready', null],
    ['asked, ECK has not changed the Service yet', LB, { type: 'LoadBalancer' }, transportService(), 'waiting', null],
    [
      'a load balancer without an address yet',
      LB,
      { type: 'LoadBalancer' },
      transportService({ type: 'LoadBalancer' }),
      'waiting',
      null,
    ],
    [
      'a load balancer with its address',
      LB,
      { type: 'LoadBalancer' },
      transportService({ type: 'LoadBalancer', ingress: ['203.0.113.9'] }),
      'done',
      '203.0.113.9:9300',
    ],
    [
      'a node port',
      { type: 'NodePort', nodeAddress: 'node-1.example.com' } as const,
      { type: 'NodePort' },
      transportService({ type: 'NodePort', ports: [{ port: 9300, targetPort: 9300, nodePort: 31300 }] }),
      'done',
      'node-1.example.com:31300',
    ],
    [
      'an address the admin routes',
      { type: 'address', proxyAddress: 'tcp.example.com:9300' } as const,
      null,
      undefined,
      'done',
      'tcp.example.com:9300',
    ],
  ])('%s → %s', (_, exposure, template, svc, status, address) => {
    const result = run(exposure, template, svc);
    expect(result.step.status).toBe(status);
    expect(result.proxyAddress).toBe(address);
  });

  it('declares targetPort 9300 when the load balancer listens on another port', () => {
    const result = run(
      { type: 'LoadBalancer', port: 443, annotations: { 'lb.example/internal': 'true' } },
      null,
      transportService(),
    );
    expect(result.step.changes[0]).toMatchObject({
      kind: 'kubernetes_patch',
      patch: {
        spec: {
          transport: {
            service: {
              metadata: { annotations: { 'lb.example/internal': 'true' } },
              spec: {
                type: 'LoadBalancer',
                ports: [{ name: 'tls-transport', port: 443, targetPort: 9300, protocol: 'TCP' }],
              },
            },
          },
        },
      },
    });
  });

  it('leaves the ports to ECK on 9300', () => {
    const result = run(LB, null, transportService());
    expect(result.step.changes[0]).toMatchObject({
      patch: { spec: { transport: { service: { spec: { type: 'LoadBalancer' } } } } },
    });
    expect(JSON.stringify(result.step.changes[0])).not.toContain('targetPort');
  });

  it('is blocked by the preflight', () => {
    expect(run(LB, null, transportService(), { ...doneStep(), status: 'blocked' }).step.status).toBe('blocked');
  });
});
