import { doneStep, observedEck } from '../api_key/test_observations';
import type { ObservedTrustedCertificate } from '../observation';
import { localTransportTls } from './local_transport_tls';
import { ECK_CA, ECK_CA_PEM, eckCaTrusted, NODES, pemTrust } from './test_observations';
import { trustEckCaStep } from './trust_eck_ca_step';

const eck = observedEck({ transportCa: { pem: ECK_CA_PEM, certificates: [ECK_CA] } });
const run = (
  trusted: ObservedTrustedCertificate[] | null,
  choice: Parameters<typeof localTransportTls>[1] = {},
  overrides: Partial<Parameters<typeof trustEckCaStep>[0]> = {},
) => {
  const observed = trusted ? { ok: true as const, value: trusted } : { ok: false as const, error: 'forbidden' };
  return trustEckCaStep({
    eck,
    nodes: NODES,
    trusted: observed,
    tls: localTransportTls(observed, choice),
    preflight: doneStep(),
    ...overrides,
  });
};
const autoConfigured = (withEck: boolean): ObservedTrustedCertificate[] => [
  {
    node: 'es-local-1',
    path: 'certs/http.p12',
    subjectDn: 'CN=http',
    serialNumber: '9',
    expiry: '',
    hasPrivateKey: true,
  },
  {
    node: 'es-local-1',
    path: 'certs/transport.p12',
    subjectDn: 'CN=es-local-1',
    serialNumber: '1',
    expiry: '',
    hasPrivateKey: true,
  },
  ...(withEck
    ? [
        {
          node: 'es-local-1',
          path: 'certs/transport.p12',
          subjectDn: ECK_CA.subject,
          serialNumber: ECK_CA.serialNumber,
          expiry: '',
        },
      ]
    : []),
];

describe('the local nodes trust the ECK transport CA', () => {
  it.each([
    ['PEM, not yet trusted', pemTrust(), {}, 'manual'],
    ['PEM, trusted on the answering node', pemTrust([eckCaTrusted]), {}, 'done'],
    ['auto-configured truststore, not yet', autoConfigured(false), {}, 'manual'],
    ['auto-configured truststore, imported', autoConfigured(true), {}, 'done'],
    ['unreadable and no answer: the admin must say how', null, {}, 'blocked'],
    ['unreadable, the admin answered PEM', null, { style: 'pem' as const }, 'manual'],
  ])('%s → %s', (_, trusted, choice, status) => {
    expect(run(trusted, choice).status).toBe(status);
  });

  it('PEM: the file and the full certificate_authorities line, keeping the CAs already trusted', () => {
    const result = run(pemTrust());
    expect(result.instructions).toMatchObject({
      files: [{ path: 'config/certs/eck-search-prod-logs-transport-ca.crt', content: ECK_CA_PEM }],
      settings: [
        'xpack.security.transport.ssl.certificate_authorities: [ "certs/transport-ca.crt", "certs/eck-search-prod-logs-transport-ca.crt" ]',
      ],
      pendingNodes: ['es-local-1', 'es-local-2'],
      commands: [],
    });
    expect(result.instructions!.notes.join(' ')).toContain('rolling restart');
  });

  it('auto-configured: keytool into the truststore, no certificate_authorities line (it cannot be combined)', () => {
    const result = run(autoConfigured(false));
    expect(result.instructions!.settings).toEqual([]);
    expect(result.instructions!.commands[0]).toContain(
      'keytool -importcert -noprompt -trustcacerts -alias eck-search-prod-logs-transport-ca -file config/certs/eck-search-prod-logs-transport-ca.crt -keystore config/certs/transport.p12 -storetype PKCS12',
    );
    expect(result.instructions!.commands[0]).toContain('xpack.security.transport.ssl.truststore.secure_password');
  });

  it('names the node that cannot be checked instead of claiming it', () => {
    const result = run(pemTrust([eckCaTrusted]));
    expect(result.warnings.join(' ')).toContain('Not checked: es-local-2');
  });

  it('waits while ECK has not written its public CA, and is blocked by the preflight', () => {
    expect(run(pemTrust(), {}, { eck: observedEck() }).status).toBe('waiting');
    expect(run(pemTrust(), {}, { preflight: { ...doneStep(), status: 'blocked' } }).status).toBe('blocked');
  });
});
