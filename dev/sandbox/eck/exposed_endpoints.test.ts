import type { KubeObject } from '../kubernetes/object_store';
import { plannedEndpoints } from './exposed_endpoints';

const SELECTOR = {
  'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart',
  'common.k8s.elastic.co/type': 'elasticsearch',
};
const POD: KubeObject = {
  metadata: { name: 'quickstart-es-default-0', labels: { ...SELECTOR, other: 'x' } },
  spec: { containers: [{ ports: [{ name: 'transport', containerPort: 9300 }] }] },
};

function service(
  name: string,
  spec: Record<string, unknown>,
  ingress?: Array<{ ip?: string; hostname?: string }>,
): KubeObject {
  return {
    metadata: { name, uid: `uid-${name}` },
    spec: { selector: SELECTOR, ...spec },
    ...(ingress ? { status: { loadBalancer: { ingress } } } : {}),
  };
}

const LB_9443 = { type: 'LoadBalancer', ports: [{ port: 9443, targetPort: 9443 }] };

describe('plannedEndpoints', () => {
  it.each([
    [
      'a LoadBalancer on 9443 with an IP',
      service('rcs', LB_9443, [{ ip: '127.5.0.1' }]),
      true,
      ['remote_cluster_server 127.5.0.1:9443'],
    ],
    ['the same while the server is off: nothing listens', service('rcs', LB_9443, [{ ip: '127.5.0.1' }]), false, []],
    ['a LoadBalancer still provisioning', service('rcs', LB_9443), true, []],
    [
      'port 443 to targetPort 9443',
      service('rcs', { type: 'LoadBalancer', ports: [{ port: 443, targetPort: 9443 }] }, [{ ip: '127.5.0.1' }]),
      true,
      ['remote_cluster_server 127.5.0.1:443'],
    ],
    [
      'port 443 without targetPort: Kubernetes sends 443 to the pods',
      service('rcs', { type: 'LoadBalancer', ports: [{ port: 443 }] }, [{ ip: '127.5.0.1' }]),
      true,
      [],
    ],
    [
      'a transport LoadBalancer with a named targetPort',
      service('tr', { type: 'LoadBalancer', ports: [{ port: 9300, targetPort: 'transport' }] }, [{ ip: '127.5.0.2' }]),
      false,
      ['transport 127.5.0.2:9300'],
    ],
    [
      'a NodePort',
      service('np', { type: 'NodePort', ports: [{ port: 9443, targetPort: 9443, nodePort: 31443 }] }),
      true,
      ['remote_cluster_server node:31443'],
    ],
    ['a ClusterIP Service is not reachable from outside', service('ip', { ports: [{ port: 9443 }] }), true, []],
    [
      'a Service selecting other pods',
      { ...service('other', LB_9443, [{ ip: '127.5.0.3' }]), spec: { ...LB_9443, selector: { app: 'x' } } },
      true,
      [],
    ],
  ])('%s', (_, object, remoteClusterServer, expected) => {
    const plans = plannedEndpoints([object], [POD], remoteClusterServer);
    expect(plans.map((plan) => `${plan.profile} ${plan.host ?? 'node'}:${plan.port}`)).toEqual(expected);
    for (const plan of plans) expect(plan.pod).toBe('quickstart-es-default-0');
  });

  it('keeps a load balancer host name beside its IP', () => {
    const [plan] = plannedEndpoints(
      [service('rcs', LB_9443, [{ ip: '127.5.0.1', hostname: 'lb.example.com' }])],
      [POD],
      true,
    );
    expect(plan.hostNames).toEqual(['lb.example.com']);
  });
});
