import type { ListEckClustersResponse } from '../../../common/api/eck_clusters';
import type { LocalClusterResponse } from '../../../common/api/local_cluster';
import type { EckClusterSummary } from '../../../common/types/eck_cluster';
import type { RemoteClusterSummary } from '../../../common/types/local_cluster';
import type { KibanaErrorBody } from '../../../common/errors/plugin_error';
import { ERROR_CATALOGUE, type ErrorCode } from '../../../common/errors/error_catalogue';

export function remoteCluster(overrides: Partial<RemoteClusterSummary> = {}): RemoteClusterSummary {
  return {
    alias: 'eck-prod',
    mode: 'proxy',
    connected: true,
    securityModel: 'api_key',
    proxyAddress: 'eck-prod.example.com:9443',
    serverName: 'eck-prod-es-remote-cluster.elastic.svc',
    seeds: [],
    skipUnavailable: false,
    connectionCount: 18,
    maxConnections: 18,
    settingsSource: 'persistent',
    ...overrides,
  };
}

export function localCluster(overrides: Partial<LocalClusterResponse> = {}): LocalClusterResponse {
  return {
    name: 'self-managed',
    uuid: 'Fo3nNmWxQQ2q2FjFJk6Jpg',
    version: '9.1.0',
    license: { type: 'enterprise', status: 'active' },
    remotes: [remoteCluster()],
    ...overrides,
  };
}

export function eckCluster(overrides: Partial<EckClusterSummary> = {}): EckClusterSummary {
  const name = overrides.name ?? 'quickstart';
  return {
    namespace: 'elastic',
    name,
    version: '9.1.0',
    runningVersion: '9.1.0',
    phase: 'Ready',
    health: 'green',
    availableNodes: 3,
    changesObserved: true,
    operatorVersion: '3.1.0',
    remoteClusterServer: { enabled: true, serviceName: `${name}-es-remote-cluster`, serviceExists: true },
    transportServiceName: `${name}-es-transport`,
    services: [
      {
        name: `${name}-es-remote-cluster`,
        role: 'remote-cluster',
        type: 'LoadBalancer',
        ports: [{ name: 'rcs', port: 9443 }],
        externalAddresses: ['203.0.113.10'],
      },
      { name: `${name}-es-http`, role: 'http', type: 'ClusterIP', ports: [{ port: 9200 }], externalAddresses: [] },
    ],
    ...overrides,
  };
}

export function eckClusters(overrides: Partial<ListEckClustersResponse> = {}): ListEckClustersResponse {
  return { namespaces: ['elastic'], clusters: [eckCluster()], ...overrides };
}

/** The error body a route answers with for a catalogue code. */
export function errorBody(code: ErrorCode, message: string): KibanaErrorBody {
  const { statusCode, fix } = ERROR_CATALOGUE[code];
  return { statusCode, error: 'Error', message, attributes: { code, fix } };
}
