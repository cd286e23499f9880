import type { ObservedEckCluster, ObservedLocalRemote, ObservedService } from '../observation';
import type { PlanStep } from '../plan_types';

/** Observations for the plan's table tests: a ready ECK 3.3 cluster, varied per case. */
export function observedEck(overrides: Partial<ObservedEckCluster> = {}): ObservedEckCluster {
  return {
    namespace: 'search-prod',
    name: 'logs',
    generation: 2,
    observedGeneration: 2,
    phase: 'Ready',
    specVersion: '9.1.5',
    runningVersion: '9.1.5',
    operatorVersion: '3.3.1',
    remoteClusterServer: { enabled: false, service: null, serviceFieldInCrd: true },
    services: [service({ name: 'logs-es-http' }), service({ name: 'logs-es-transport' })],
    transportCa: null,
    ...overrides,
  };
}

export function service(overrides: Partial<ObservedService> & { name: string }): ObservedService {
  return { type: 'ClusterIP', ports: [], annotations: {}, ingress: [], selector: {}, ...overrides };
}

export const rcsService = (overrides: Partial<ObservedService> = {}) =>
  service({ name: 'logs-es-remote-cluster', ports: [{ name: 'rcs', port: 9443, targetPort: 9443 }], ...overrides });

/** An earlier step, done: what a later step waits for. */
export const doneStep = (id = 'earlier', title = 'Earlier'): PlanStep => ({
  id,
  title,
  status: 'done',
  reason: '',
  evidence: [],
  changes: [],
  warnings: [],
});

/** `logs` as the local cluster knows it once configured: connected, with credentials. */
export const observedLocalRemote = (overrides: Partial<ObservedLocalRemote> = {}): ObservedLocalRemote => ({
  source: 'persistent',
  mode: 'proxy',
  proxyAddress: '203.0.113.7:9443',
  serverName: 'logs-es-remote-cluster.search-prod.svc',
  skipUnavailable: true,
  proxySocketConnections: null,
  connected: true,
  hasCredentials: true,
  ...overrides,
});
