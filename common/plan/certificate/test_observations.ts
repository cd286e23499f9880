import { observedEck, observedLocalRemote } from '../api_key/test_observations';
import type { CertificateSummary, ObservedTrustedCertificate } from '../observation';
import type { CertificateObservation } from './certificate_observation';

/** Observations for the certificate model's table tests: `logs` in search-prod, a PEM-configured local cluster. */
export const ECK_CA: CertificateSummary = {
  subject: 'CN=logs-transport, OU=logs',
  issuer: 'CN=logs-transport, OU=logs',
  serialNumber: 'A1B2',
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo: '2027-01-01T00:00:00.000Z',
  sha256Fingerprint: 'AA:BB',
  isCa: true,
};

export const LOCAL_CA: CertificateSummary = {
  ...ECK_CA,
  subject: 'CN=Local transport CA',
  issuer: 'CN=Local transport CA',
  serialNumber: 'C3D4',
  sha256Fingerprint: 'CC:DD',
};

export const ECK_CA_PEM = '-----BEGIN CERTIFICATE-----\nECK\n-----END CERTIFICATE-----\n';
export const LOCAL_CA_PEM = '-----BEGIN CERTIFICATE-----\nLOCAL\n-----END CERTIFICATE-----\n';

export const NODES = ['es-local-1', 'es-local-2'];

/** What `_ssl/certificates` shows on es-local-1 of a PEM-configured cluster. */
export function pemTrust(extra: Partial<ObservedTrustedCertificate>[] = []): ObservedTrustedCertificate[] {
  const entry = (e: Partial<ObservedTrustedCertificate>): ObservedTrustedCertificate => ({
    node: 'es-local-1',
    path: 'certs/transport-ca.crt',
    subjectDn: LOCAL_CA.subject,
    serialNumber: LOCAL_CA.serialNumber,
    expiry: LOCAL_CA.validTo,
    hasPrivateKey: false,
    ...e,
  });
  return [
    entry({ path: 'certs/es-local-1.crt', subjectDn: 'CN=es-local-1', serialNumber: '01', hasPrivateKey: true }),
    entry({}),
    ...extra.map(entry),
  ];
}

export const eckCaTrusted = {
  path: 'certs/eck-search-prod-logs-transport-ca.crt',
  subjectDn: ECK_CA.subject,
  serialNumber: ECK_CA.serialNumber,
};

export function certificateObservation(overrides: Partial<CertificateObservation> = {}): CertificateObservation {
  return {
    local: {
      ok: true,
      value: {
        version: '9.1.5',
        clusterUuid: 'local-uuid',
        licenseType: 'basic',
        canManage: true,
        canManageSecurity: true,
      },
    },
    localNodes: NODES,
    localRemote: null,
    trustedCertificates: { ok: true, value: pemTrust() },
    localRoleExists: false,
    resolution: null,
    eck: observedEck({ transportCa: { pem: ECK_CA_PEM, certificates: [ECK_CA] } }),
    eckTransport: { configMapName: null, service: null },
    caConfigMap: null,
    localCa: null,
    remote: { ok: true, value: { version: '9.1.5', licenseType: 'basic' } },
    remoteRoleExists: { ok: true, value: false },
    missingKubernetesPermissions: [],
    ...overrides,
  };
}

/** `logs` as the local cluster knows it once connected in the certificate model. */
export const certificateRemote = (overrides: Parameters<typeof observedLocalRemote>[0] = {}) =>
  observedLocalRemote({
    proxyAddress: '203.0.113.9:9300',
    serverName: 'logs-es-transport.search-prod.svc',
    hasCredentials: false,
    ...overrides,
  });
