import type { EckServiceSummary } from '../types/eck_cluster';
import { eckClusterOfRemote, matchRemoteToEckCluster, type EckClusterRef } from './eck_cluster_of_remote';

const service = (name: string, fields: Partial<EckServiceSummary> = {}): EckServiceSummary => ({
  name,
  role: 'other',
  type: 'ClusterIP',
  ports: [{ port: 9443 }],
  externalAddresses: [],
  ...fields,
});

const logsProd: EckClusterRef = {
  namespace: 'search-prod',
  name: 'logs-prod',
  services: [
    service('logs-prod-es-remote-cluster', {
      role: 'remote-cluster',
      type: 'LoadBalancer',
      ports: [{ port: 9443, nodePort: 31443 }],
      externalAddresses: ['10.0.0.7', 'LB.Example.com'],
    }),
    service('logs-prod-es-transport', { role: 'transport', ports: [{ port: 9300 }] }),
    service('logs-prod-es-transport-np', { type: 'NodePort', ports: [{ port: 9300, nodePort: 31300 }] }),
  ],
};
const metrics: EckClusterRef = {
  namespace: 'search-ops',
  name: 'metrics-prod',
  services: [service('metrics-prod-es-rcs-lb', { type: 'LoadBalancer', externalAddresses: ['10.0.0.9'] })],
};

const remote = (fields: { proxyAddress?: string | null; serverName?: string | null; seeds?: string[] }) => ({
  proxyAddress: null,
  serverName: null,
  seeds: [],
  ...fields,
});

describe('matchRemoteToEckCluster', () => {
  it.each<[string, Parameters<typeof remote>[0], { via: string; service: string } | null]>([
    [
      'proxy address on a load balancer IP',
      { proxyAddress: '10.0.0.7:9443' },
      { via: 'load_balancer', service: 'logs-prod-es-remote-cluster' },
    ],
    [
      'load balancer host name, any case',
      { proxyAddress: 'lb.example.COM:9443' },
      { via: 'load_balancer', service: 'logs-prod-es-remote-cluster' },
    ],
    [
      'proxy address on the remote cluster Service DNS name',
      { proxyAddress: 'logs-prod-es-remote-cluster.search-prod.svc:9443' },
      { via: 'service_dns', service: 'logs-prod-es-remote-cluster' },
    ],
    [
      'the fully qualified Service DNS name',
      { proxyAddress: 'logs-prod-es-transport.search-prod.svc.cluster.local:9300' },
      { via: 'service_dns', service: 'logs-prod-es-transport' },
    ],
    [
      'a sniff seed on the transport Service',
      { seeds: ['10.9.9.9:9300', 'logs-prod-es-transport.search-prod.svc:9300'] },
      { via: 'service_dns', service: 'logs-prod-es-transport' },
    ],
    [
      'a node port of the load balancer',
      { proxyAddress: '192.168.1.20:31443' },
      { via: 'node_port', service: 'logs-prod-es-remote-cluster' },
    ],
    [
      'a node port of a NodePort Service',
      { proxyAddress: '192.168.1.20:31300' },
      { via: 'node_port', service: 'logs-prod-es-transport-np' },
    ],
    [
      'only the server name (an L4 proxy in between)',
      { proxyAddress: 'proxy.corp:443', serverName: 'logs-prod-es-remote-cluster.search-prod.svc' },
      { via: 'server_name', service: 'logs-prod-es-remote-cluster' },
    ],
    [
      'the address wins over the server name',
      { proxyAddress: '10.0.0.7:9443', serverName: 'logs-prod-es-transport.search-prod.svc' },
      { via: 'load_balancer', service: 'logs-prod-es-remote-cluster' },
    ],
    [
      'ECK Service names match before the Service exists',
      { serverName: 'logs-prod-es-remote-cluster.search-prod.svc', proxyAddress: null },
      { via: 'server_name', service: 'logs-prod-es-remote-cluster' },
    ],
    ['a cluster of the same name in another namespace', { serverName: 'logs-prod-es-remote-cluster.other.svc' }, null],
    ['another address', { proxyAddress: '10.0.0.8:9443' }, null],
    ['an address without a port that is not the cluster', { proxyAddress: 'elsewhere' }, null],
    ['the transport port is not a node port', { proxyAddress: '192.168.1.20:9300' }, null],
    ['nothing to match on', {}, null],
  ])('%s', (_label, fields, expected) => {
    const match = matchRemoteToEckCluster(remote(fields), logsProd);
    expect(match && { via: match.via, service: match.service }).toEqual(expected);
  });

  it('names the cluster and what matched', () => {
    expect(matchRemoteToEckCluster(remote({ proxyAddress: '[10.0.0.7]:9443' }), logsProd)).toEqual({
      namespace: 'search-prod',
      name: 'logs-prod',
      via: 'load_balancer',
      service: 'logs-prod-es-remote-cluster',
      matched: '[10.0.0.7]:9443',
    });
  });
});

describe('eckClusterOfRemote', () => {
  it('picks the cluster the remote dials over one its server name names', () => {
    const dialsMetrics = remote({
      proxyAddress: '10.0.0.9:9443',
      serverName: 'logs-prod-es-remote-cluster.search-prod.svc',
    });
    expect(eckClusterOfRemote(dialsMetrics, [logsProd, metrics])).toMatchObject({
      name: 'metrics-prod',
      via: 'load_balancer',
    });
  });

  it('is null when no cluster matches, or there are none', () => {
    expect(
      eckClusterOfRemote(remote({ proxyAddress: 'legacy-lb.example.internal:9300' }), [logsProd, metrics]),
    ).toBeNull();
    expect(eckClusterOfRemote(remote({ proxyAddress: '10.0.0.7:9443' }), [])).toBeNull();
  });
});
