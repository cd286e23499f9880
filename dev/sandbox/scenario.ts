import type { EckClusterSeed } from './eck/seed_eck_cluster';

/**
 * The world `npm start` opens on: the situations an admin meets, one ECK cluster each. ECK can run
 * one operator per set of namespaces, so each namespace says which operator version manages it.
 */
export const SCENARIO_OPERATORS: Record<string, string> = {
  'search-prod': '3.3.1',
  'search-ops': '3.2.0',
  analytics: '3.3.1',
  legacy: '2.16.1',
  'team-basic': '3.3.1',
};

export interface ScenarioCluster extends EckClusterSeed {
  licenseType?: 'enterprise' | 'basic';
}

export const SCENARIO_ECK_CLUSTERS: ScenarioCluster[] = [
  // Current, operator 3.3 (the service field exposes the remote cluster server), server already on.
  {
    namespace: 'search-prod',
    name: 'logs-prod',
    version: '9.1.5',
    operatorVersion: '3.3.1',
    remoteClusterServerEnabled: true,
  },
  // Operator 3.2: the remote cluster server can only be exposed through a separate Service.
  { namespace: 'search-ops', name: 'metrics-prod', version: '9.1.5', operatorVersion: '3.2.0' },
  // 8.19: a 9.1 local cluster cannot search 8.x remotes (only 8.19 → 9.x is supported).
  { namespace: 'analytics', name: 'events-8', version: '8.19.3', operatorVersion: '3.3.1' },
  // Too old for the API key model (8.14, or 8.10 as a beta).
  { namespace: 'legacy', name: 'archive', version: '8.9.2', operatorVersion: '2.16.1' },
  // A Basic licence: the certificate model only.
  { namespace: 'team-basic', name: 'basic-search', version: '9.1.5', operatorVersion: '3.3.1', licenseType: 'basic' },
];

export const SCENARIO_LOCAL_CLUSTER = {
  clusterName: 'self-managed-prod',
  version: '9.1.5',
  licenseType: 'enterprise' as const,
  // A remote defined in elasticsearch.yml: read-only from the cluster settings API.
  nodeSettings: { cluster: { remote: { 'backup-site': { seeds: ['10.20.0.5:9300'] } } } },
  // A remote created earlier by hand, in the certificate model.
  persistentSettings: {
    cluster: { remote: { 'legacy-dc': { mode: 'proxy', proxy_address: 'legacy-lb.example.internal:9300' } } },
  },
};

/** What every ECK cluster holds: a few log lines, so that a cross-cluster search finds something. */
export const SCENARIO_REMOTE_INDICES = {
  'logs-app-2026.11': [
    { '@timestamp': '2026-11-29T10:00:00Z', message: 'user login', service: 'checkout' },
    { '@timestamp': '2026-11-29T10:00:05Z', message: 'payment accepted', service: 'checkout' },
    { '@timestamp': '2026-11-29T10:01:00Z', message: 'order shipped', service: 'fulfilment' },
  ],
  'metrics-host-2026.11': [{ '@timestamp': '2026-11-29T10:00:00Z', cpu: 0.42 }],
};
