import { apiKeyMetadata } from '../plan/api_key/cross_cluster_api_key';
import type { CertificateSummary } from '../plan/observation';
import type { DoctorEckResource, DoctorObservation } from './doctor_observation';

/** Fixtures for the doctor's table tests: one healthy connection, which each case breaks one way. */
export const NOW = '2026-11-30T09:00:00.000Z';
export const LOCAL_UUID = 'local-uuid';
export const SERVER_NAME = 'logs-prod-es-remote-cluster.search-prod.svc';

export const ECK_CA: CertificateSummary = {
  subject: 'CN=logs-prod-transport, OU=logs-prod',
  issuer: 'CN=logs-prod-transport, OU=logs-prod',
  serialNumber: 'AB12',
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo: '2027-01-01T00:00:00.000Z',
  sha256Fingerprint: 'AA:BB',
  isCa: true,
};

const LEAF: CertificateSummary = {
  ...ECK_CA,
  subject: 'CN=logs-prod-es-default-0.node.logs-prod.search-prod.es.local',
  serialNumber: 'CD34',
  isCa: false,
};

export function healthyEckResource(): DoctorEckResource {
  return {
    phase: 'Ready',
    health: 'green',
    generation: 3,
    observedGeneration: 3,
    version: '9.1.5',
    remoteClusterServerEnabled: true,
    services: [
      {
        name: 'logs-prod-es-remote-cluster',
        type: 'LoadBalancer',
        ports: [{ name: 'rcs', port: 9443, targetPort: 9443 }],
        annotations: {},
        ingress: ['10.0.0.5'],
        selector: {},
      },
      {
        name: 'logs-prod-es-transport',
        type: 'ClusterIP',
        ports: [{ name: 'tls-transport', port: 9300, targetPort: 9300 }],
        annotations: {},
        ingress: [],
        selector: {},
      },
    ],
    transportCa: [ECK_CA],
  };
}

export function healthyObservation(): DoctorObservation {
  return {
    alias: 'logs',
    now: NOW,
    kubernetes: { ok: true, value: true },
    eck: {
      namespace: 'search-prod',
      name: 'logs-prod',
      identifiedBy: 'server_name',
      resource: { ok: true, value: healthyEckResource() },
    },
    local: { ok: true, value: { version: '9.1.5', licenseType: 'enterprise', clusterUuid: LOCAL_UUID } },
    localRemote: {
      ok: true,
      value: {
        source: 'persistent',
        mode: 'proxy',
        proxyAddress: '10.0.0.5:9443',
        serverName: SERVER_NAME,
        skipUnavailable: true,
        proxySocketConnections: 18,
        connected: true,
        hasCredentials: true,
        seeds: [],
      },
    },
    localNodes: { ok: true, value: ['es-local-1', 'es-local-2'] },
    trustedCertificates: {
      ok: true,
      value: [
        {
          node: 'es-local-1',
          path: 'certs/eck.crt',
          subjectDn: ECK_CA.subject,
          serialNumber: 'ab12',
          expiry: ECK_CA.validTo,
        },
      ],
    },
    tcp: { address: '10.0.0.5:9443', error: null, elapsedMs: 2 },
    tls: {
      serverName: SERVER_NAME,
      result: {
        kind: 'established',
        chain: [LEAF, ECK_CA],
        subjectAltNames: [`DNS:${SERVER_NAME}`],
        signedByEckCa: true,
        chainError: null,
        nameError: null,
      },
    },
    resolution: { ok: true, value: { connected: true, version: '9.1.5' } },
    privileges: { ok: true, value: { pattern: 'logs:*', resolveError: null, searchError: null } },
    remote: {
      ok: true,
      value: {
        version: '9.1.5',
        licenseType: 'enterprise',
        apiKeys: [
          {
            id: 'key-1',
            name: 'kibana-remote-logs',
            type: 'cross_cluster',
            invalidated: false,
            expiration: null,
            metadata: apiKeyMetadata(LOCAL_UUID, 'logs'),
            searchPatterns: ['logs-*'],
          },
        ],
      },
    },
  };
}

/** A proxy alias's fields, changed. */
export function withLocalRemote(
  observation: DoctorObservation,
  change: Partial<NonNullable<Extract<DoctorObservation['localRemote'], { ok: true }>['value']>>,
): DoctorObservation {
  const current = observation.localRemote.ok ? observation.localRemote.value : null;
  return { ...observation, localRemote: { ok: true, value: current ? { ...current, ...change } : null } };
}

export function withEckResource(observation: DoctorObservation, change: Partial<DoctorEckResource>): DoctorObservation {
  const eck = observation.eck!;
  const resource = eck.resource.ok && eck.resource.value ? eck.resource.value : healthyEckResource();
  return { ...observation, eck: { ...eck, resource: { ok: true, value: { ...resource, ...change } } } };
}

export const notConnected = (observation: DoctorObservation, error?: string): DoctorObservation => ({
  ...observation,
  resolution: { ok: true, value: { connected: false, ...(error ? { error } : {}) } },
});
