import { createCertificateAuthority } from '../../dev/sandbox/tls/certificate_authority';
import { summarizePemBundle } from './summarize_pem_bundle';

describe('summarizePemBundle', () => {
  it('describes every certificate of a bundle, as ECK concatenates its CA with extra CAs', async () => {
    const eck = await createCertificateAuthority('CN=logs-transport, OU=logs');
    const extra = await createCertificateAuthority('CN=self-managed-ca');
    const [first, second] = summarizePemBundle(`${eck.certificatePem}\n${extra.certificatePem}`);
    expect(first).toMatchObject({
      subject: 'CN=logs-transport, OU=logs',
      issuer: 'CN=logs-transport, OU=logs',
      isCa: true,
    });
    expect(first.serialNumber).toMatch(/^[0-9A-F]+$/);
    expect(first.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(Date.parse(first.validTo)).toBeGreaterThan(Date.now());
    expect(second.subject).toBe('CN=self-managed-ca');
  });

  it('ignores anything that is not a certificate, such as a private key pasted along', async () => {
    const ca = await createCertificateAuthority('CN=x');
    expect(summarizePemBundle(`${ca.privateKeyPem}\n${ca.certificatePem}`)).toHaveLength(1);
    expect(summarizePemBundle('not a certificate')).toEqual([]);
  });
});
