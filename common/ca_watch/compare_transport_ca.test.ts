import type { CertificateSummary, ObservedTrustedCertificate } from '../plan/observation';
import type { CaWatchState } from './ca_watch_types';
import { compareTransportCa, eckTransportCaSubject, type CaComparisonInput } from './compare_transport_ca';

const NOW = new Date('2026-11-30T00:00:00Z');
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

const eckCa = (serial: string, validTo: string): CertificateSummary => ({
  subject: 'CN=logs-prod-transport, OU=logs-prod',
  issuer: 'CN=logs-prod-transport, OU=logs-prod',
  serialNumber: serial,
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo,
  sha256Fingerprint: 'AA:BB',
  isCa: true,
});
const trusts = (node: string, serial: string, expiry = '2027-06-01T00:00:00.000Z'): ObservedTrustedCertificate => ({
  node,
  path: 'certs/eck-search-prod-logs-prod-ca.crt',
  // Elasticsearch's order and spacing differ from Node's: compared attribute by attribute.
  subjectDn: 'OU=logs-prod,CN=logs-prod-transport',
  serialNumber: serial,
  expiry,
});
const otherCa = (node: string): ObservedTrustedCertificate => ({
  node,
  path: 'certs/http.crt',
  subjectDn: 'CN=local-http',
  serialNumber: '99',
  expiry: '2030-01-01T00:00:00.000Z',
});

const input = (overrides: Partial<CaComparisonInput>): CaComparisonInput => ({
  namespace: 'search-prod',
  name: 'logs-prod',
  aliases: ['logs'],
  transportCa: { ok: true, value: { pem: PEM, certificates: [eckCa('0A1B', '2027-06-01T00:00:00.000Z')] } },
  trusted: { ok: true, value: [trusts('node-1', 'a1b'), otherCa('node-1')] },
  nodes: ['node-1'],
  now: NOW,
  warningDays: 30,
  ...overrides,
});

describe('compareTransportCa', () => {
  const cases: Array<[string, Partial<CaComparisonInput>, CaWatchState, RegExp]> = [
    ['the node trusts the current serial (formats differ)', {}, 'in_sync', /node-1 trusts the current transport CA/],
    [
      'ECK renewed the CA: new serial not trusted by node-1',
      {
        transportCa: { ok: true, value: { pem: PEM, certificates: [eckCa('0C2D', '2027-11-30T00:00:00.000Z')] } },
      },
      'rotation_detected',
      /not trusted by node-1: node-1 trusts serial A1B/,
    ],
    [
      'the current CA expires within the window',
      { transportCa: { ok: true, value: { pem: PEM, certificates: [eckCa('A1B', '2026-12-20T00:00:00.000Z')] } } },
      'expiring',
      /expires in 20 days/,
    ],
    [
      'a shorter window does not warn',
      {
        warningDays: 10,
        transportCa: { ok: true, value: { pem: PEM, certificates: [eckCa('A1B', '2026-12-20T00:00:00.000Z')] } },
      },
      'in_sync',
      /trusts the current/,
    ],
    [
      'the Secret cannot be read',
      { transportCa: { ok: false, error: 'forbidden' } },
      'unknown',
      /logs-prod-es-transport-certs-public could not be read: forbidden/,
    ],
    ['the Secret has no ca.crt', { transportCa: { ok: true, value: null } }, 'unknown', /holds no CA certificate/],
    [
      '_ssl/certificates cannot be read',
      { trusted: { ok: false, error: 'no monitor privilege' } },
      'unknown',
      /could not be read: no monitor privilege/,
    ],
    [
      'no node trusts a CA of that name',
      { trusted: { ok: true, value: [otherCa('node-1')] } },
      'unknown',
      /No checked node \(node-1\) trusts a CA named CN=logs-prod-transport/,
    ],
    ['no certificate reported at all', { trusted: { ok: true, value: [] } }, 'unknown', /No local node reported/],
  ];

  it.each(cases)('%s → %s', (_label, overrides, state, reason) => {
    const finding = compareTransportCa(input(overrides));
    expect(finding.state).toBe(state);
    expect(finding.reason).toMatch(reason);
  });

  it('names unchecked nodes instead of claiming them', () => {
    const finding = compareTransportCa(input({ nodes: ['node-1', 'node-2', 'node-3'] }));
    expect(finding).toMatchObject({ state: 'in_sync', trustedBy: ['node-1'], uncheckedNodes: ['node-2', 'node-3'] });
    expect(finding.reason).toMatch(/Not checked .*: node-2, node-3/);
  });

  it('after a rotation, offers the new CA for the same path, for the stale and the unchecked nodes', () => {
    const finding = compareTransportCa(
      input({
        nodes: ['node-1', 'node-2'],
        transportCa: { ok: true, value: { pem: PEM, certificates: [eckCa('0C2D', '2027-11-30T00:00:00.000Z')] } },
        trusted: { ok: true, value: [trusts('node-1', 'A1B', '2026-12-05T00:00:00.000Z')] },
      }),
    );
    expect(finding).toMatchObject({
      state: 'rotation_detected',
      notTrustedBy: ['node-1'],
      staleTrusted: [{ node: 'node-1', serialNumber: 'A1B', validTo: '2026-12-05T00:00:00.000Z' }],
      // The stale copy expires first: that is the date that matters.
      expiresInDays: 5,
    });
    expect(finding.rewrite).toMatchObject({
      files: [{ path: 'config/certs/eck-search-prod-logs-prod-ca.crt', content: PEM }],
      commands: [
        'cp eck-search-prod-logs-prod-ca.crt config/certs/eck-search-prod-logs-prod-ca.crt.new',
        'mv config/certs/eck-search-prod-logs-prod-ca.crt.new config/certs/eck-search-prod-logs-prod-ca.crt',
      ],
      settings: [],
      pendingNodes: ['node-1', 'node-2'],
    });
  });

  it('appends to a file that also trusts other CAs, so they stay', () => {
    const otherInSameFile = { ...otherCa('node-1'), path: 'certs/eck-search-prod-logs-prod-ca.crt' };
    const finding = compareTransportCa(
      input({
        transportCa: { ok: true, value: { pem: PEM, certificates: [eckCa('0C2D', '2027-11-30T00:00:00.000Z')] } },
        trusted: { ok: true, value: [trusts('node-1', 'A1B'), otherInSameFile] },
      }),
    );
    expect(finding.rewrite?.commands).toEqual([
      'cat config/certs/eck-search-prod-logs-prod-ca.crt eck-search-prod-logs-prod-ca.crt > config/certs/eck-search-prod-logs-prod-ca.crt.new',
      'mv config/certs/eck-search-prod-logs-prod-ca.crt.new config/certs/eck-search-prod-logs-prod-ca.crt',
    ]);
    expect(finding.rewrite?.notes).toContain(
      'certs/eck-search-prod-logs-prod-ca.crt also trusts CN=local-http: the command appends the new CA and keeps them.',
    );
  });

  it('picks the ECK transport CA among extra CAs in ca.crt', () => {
    const extra = { ...eckCa('77', '2026-12-01T00:00:00.000Z'), subject: 'CN=corporate-root' };
    const finding = compareTransportCa(
      input({
        transportCa: {
          ok: true,
          value: { pem: PEM, certificates: [extra, eckCa('A1B', '2027-06-01T00:00:00.000Z')] },
        },
      }),
    );
    expect(finding).toMatchObject({ state: 'in_sync', current: { serialNumber: 'A1B' } });
    expect(eckTransportCaSubject('logs-prod')).toBe('CN=logs-prod-transport, OU=logs-prod');
  });
});
