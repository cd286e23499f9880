import { doneStep, observedEck } from '../api_key/test_observations';
import type { CertificateSummary } from '../observation';
import type { ObservedCaConfigMap, ObservedEckTransport } from './certificate_observation';
import { ECK_CA, ECK_CA_PEM, LOCAL_CA, LOCAL_CA_PEM, pemTrust } from './test_observations';
import { trustLocalCaStep } from './trust_local_ca_step';

const OTHER_CA: CertificateSummary = { ...LOCAL_CA, subject: 'CN=Other site', serialNumber: 'EE' };
const OTHER_PEM = '-----BEGIN CERTIFICATE-----\nOTHER\n-----END CERTIFICATE-----\n';
const eckWith = (...cas: CertificateSummary[]) =>
  observedEck({ transportCa: { pem: ECK_CA_PEM, certificates: [ECK_CA, ...cas] } });
const configMap = (name: string, pem: string | null, cas: CertificateSummary[]): ObservedCaConfigMap => ({
  name,
  resourceVersion: '41',
  caCrt: pem,
  certificates: cas,
});
const localCa = { pem: LOCAL_CA_PEM, summary: LOCAL_CA };
const unreferenced: ObservedEckTransport = { configMapName: null, service: null };
const run = (overrides: Partial<Parameters<typeof trustLocalCaStep>[0]>) =>
  trustLocalCaStep({
    eck: eckWith(),
    transport: unreferenced,
    configMap: null,
    localCa,
    chosenConfigMapName: undefined,
    trusted: { ok: true, value: pemTrust() },
    preflight: doneStep(),
    ...overrides,
  });

describe('the ECK cluster trusts the local transport CA', () => {
  it.each([
    ['no CA pasted, none recognised', { localCa: null }, 'blocked', []],
    [
      'no CA pasted, but the bundle holds one the local nodes trust',
      { localCa: null, eck: eckWith(LOCAL_CA) },
      'done',
      [],
    ],
    ['in the public Secret: done', { eck: eckWith(LOCAL_CA) }, 'done', []],
    ['nothing yet: create the ConfigMap, then reference it', {}, 'ready', ['kubernetes_create', 'kubernetes_patch']],
    [
      'referenced ConfigMap holds it, ECK has not merged it yet',
      {
        transport: { configMapName: 'remote-certs', service: null },
        configMap: configMap('remote-certs', LOCAL_CA_PEM, [LOCAL_CA]),
      },
      'waiting',
      [],
    ],
    [
      'a ConfigMap of the default name holds it, not referenced (a half-applied step)',
      { configMap: configMap('logs-remote-ca', LOCAL_CA_PEM, [LOCAL_CA]) },
      'ready',
      ['kubernetes_patch'],
    ],
  ])('%s → %s', (_, overrides, status, kinds) => {
    const result = run(overrides);
    expect(result.status).toBe(status);
    expect(result.changes.map((c) => c.kind)).toEqual(kinds);
  });

  it('creates ConfigMap <name>-remote-ca with key ca.crt, before the resource references it', () => {
    const [create, patch] = run({}).changes;
    expect(create).toMatchObject({
      kind: 'kubernetes_create',
      object: {
        kind: 'ConfigMap',
        metadata: { namespace: 'search-prod', name: 'logs-remote-ca' },
        data: { 'ca.crt': LOCAL_CA_PEM },
      },
    });
    expect(patch).toMatchObject({
      resource: { kind: 'Elasticsearch', name: 'logs' },
      patch: { spec: { transport: { tls: { certificateAuthorities: { configMapName: 'logs-remote-ca' } } } } },
    });
  });

  it('adds to an existing referenced ConfigMap, keeping its CAs, guarded by its resourceVersion', () => {
    const result = run({
      transport: { configMapName: 'remote-certs', service: null },
      configMap: configMap('remote-certs', OTHER_PEM, [OTHER_CA]),
      chosenConfigMapName: 'something-else',
    });
    expect(result.changes).toEqual([
      expect.objectContaining({
        kind: 'kubernetes_patch',
        resource: expect.objectContaining({ kind: 'ConfigMap', name: 'remote-certs' }),
        patch: { metadata: { resourceVersion: '41' }, data: { 'ca.crt': `${OTHER_PEM}${LOCAL_CA_PEM}` } },
      }),
    ]);
    expect(result.warnings.join(' ')).toContain('its CAs are kept');
  });

  it('uses the chosen name when nothing is referenced', () => {
    const [create] = run({ chosenConfigMapName: 'self-managed-ca' }).changes;
    expect(create).toMatchObject({ object: { metadata: { name: 'self-managed-ca' } } });
  });

  it('is blocked by the preflight', () => {
    expect(run({ preflight: { ...doneStep(), status: 'blocked' } }).status).toBe('blocked');
  });
});
