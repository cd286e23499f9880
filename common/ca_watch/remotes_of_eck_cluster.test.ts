import type { EckClusterSummary } from '../types/eck_cluster';
import type { RemoteClusterSummary } from '../types/local_cluster';
import { remotesOfEckCluster } from './remotes_of_eck_cluster';

const cluster: Pick<EckClusterSummary, 'namespace' | 'name' | 'services'> = {
  namespace: 'search-prod',
  name: 'logs-prod',
  services: [
    {
      name: 'logs-prod-es-remote-cluster-lb',
      role: 'other',
      type: 'LoadBalancer',
      ports: [{ port: 9443 }],
      externalAddresses: ['10.0.0.7'],
    },
  ],
};

const remote = (alias: string, fields: Partial<RemoteClusterSummary>): RemoteClusterSummary => ({
  alias,
  mode: 'proxy',
  connected: true,
  securityModel: 'api_key',
  proxyAddress: null,
  serverName: null,
  seeds: [],
  skipUnavailable: true,
  connectionCount: 1,
  maxConnections: 18,
  settingsSource: 'persistent',
  ...fields,
});

describe('remotesOfEckCluster', () => {
  it.each<[string, Partial<RemoteClusterSummary>, boolean]>([
    ['server_name of the remote cluster Service', { serverName: 'logs-prod-es-remote-cluster.search-prod.svc' }, true],
    ['server_name of the transport Service', { serverName: 'logs-prod-es-transport.search-prod.svc' }, true],
    ['proxy address on a load balancer address', { proxyAddress: '10.0.0.7:9443' }, true],
    [
      'proxy address on a Service DNS name',
      { proxyAddress: 'logs-prod-es-remote-cluster-lb.search-prod.svc:9443' },
      true,
    ],
    [
      'sniff seed on the transport Service',
      { mode: 'sniff', seeds: ['logs-prod-es-transport.search-prod.svc:9300'] },
      true,
    ],
    ['another cluster of the same name elsewhere', { serverName: 'logs-prod-es-remote-cluster.other.svc' }, false],
    ['another address', { proxyAddress: '10.0.0.8:9443' }, false],
  ])('%s', (_label, fields, matches) => {
    expect(remotesOfEckCluster(cluster, [remote('logs', fields)])).toEqual(matches ? ['logs'] : []);
  });
});
