import type { EckClusterSeed } from './eck/seed_eck_cluster';

/** The world `npm start` opens on: the situations an admin meets, one ECK cluster each. */
export const SCENARIO_ECK_CLUSTERS: EckClusterSeed[] = [
  // Current, on an operator with `spec.remoteClusterServer.service` (3.3+), remote cluster server on.
  {
    namespace: 'search-prod',
    name: 'logs-prod',
    version: '9.1.5',
    operatorVersion: '3.3.1',
    remoteClusterServerEnabled: true,
  },
  // Operator 3.2: the remote cluster server can only be exposed through a separate Service.
  { namespace: 'search-prod', name: 'metrics-prod', version: '9.1.5', operatorVersion: '3.2.0' },
  // 8.19: a 9.1 local cluster cannot search 8.x remotes (only 8.19 → 9.x is supported, not the reverse).
  { namespace: 'analytics', name: 'events-8', version: '8.19.3', operatorVersion: '3.3.1', health: 'yellow' },
  // Too old for the API key model (8.14+).
  { namespace: 'legacy', name: 'archive', version: '8.9.2', operatorVersion: '2.16.1' },
  // Mid-change: ECK is rolling out a new spec.
  { namespace: 'team-basic', name: 'sandbox-es', version: '9.1.5', operatorVersion: '3.3.1', phase: 'ApplyingChanges' },
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
