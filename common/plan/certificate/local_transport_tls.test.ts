import type { ObservedTrustedCertificate } from '../observation';
import { localTransportTls } from './local_transport_tls';

const at = (...paths: string[]) => ({
  ok: true as const,
  value: paths.map((path): ObservedTrustedCertificate => ({
    node: 'n1',
    path,
    subjectDn: 'CN=x',
    serialNumber: '1',
    expiry: '',
  })),
});

describe('how local transport TLS trusts CAs, from the paths _ssl/certificates reveals', () => {
  it.each([
    [
      'auto-configured (transport.p12, http.p12)',
      at('certs/http.p12', 'certs/transport.p12'),
      {},
      'pkcs12',
      'observed',
      'certificate',
      'certs/transport.p12',
    ],
    ['certutil keystore', at('elastic-certificates.p12'), {}, 'pkcs12', 'observed', null, 'elastic-certificates.p12'],
    [
      'PEM files, HTTP as PKCS#12',
      at('certs/http.p12', 'certs/node.crt', 'certs/ca.crt'),
      {},
      'pem',
      'observed',
      null,
      null,
    ],
    [
      'nothing readable, the admin answered',
      { ok: false as const, error: 'forbidden' },
      { style: 'pkcs12' as const },
      'pkcs12',
      'choice',
      null,
      'certs/transport.p12',
    ],
    ['nothing readable, no answer', { ok: false as const, error: 'forbidden' }, {}, null, null, null, null],
    [
      'observed wins over a wrong answer',
      at('certs/ca.crt'),
      { style: 'pkcs12' as const },
      'pem',
      'observed',
      null,
      null,
    ],
    [
      'the admin gives the verification mode',
      at('certs/ca.crt'),
      { verificationMode: 'full' as const },
      'pem',
      'observed',
      'full',
      null,
    ],
  ])('%s', (_, trusted, choice, style, source, verificationMode, truststorePath) => {
    expect(localTransportTls(trusted, choice)).toMatchObject({ style, source, verificationMode, truststorePath });
  });
});
