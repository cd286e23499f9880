import { createCertificateAuthority } from '../../dev/sandbox/tls/certificate_authority';
import { validateLocalCa } from './validate_local_ca';

describe('the local transport CA as pasted', () => {
  let ca: Awaited<ReturnType<typeof createCertificateAuthority>>;
  let leaf: { certificatePem: string; privateKeyPem: string };
  beforeAll(async () => {
    ca = await createCertificateAuthority('CN=Local transport CA');
    leaf = await ca.issue('CN=es-local-1', { dns: ['es-local-1'] });
  });

  it('accepts a CA certificate, keeps only the certificate blocks, and summarizes it', () => {
    const result = validateLocalCa(`subject=CN = Local transport CA\n${ca.certificatePem}\n\n`);
    expect(result.pem).toBe(ca.certificatePem);
    expect(result.summary).toMatchObject({ subject: 'CN=Local transport CA', isCa: true });
  });

  it.each([
    ['a private key pasted with it', () => `${ca.certificatePem}${ca.privateKeyPem}`, 'contains a private key'],
    [
      'an encrypted key with an unusual header',
      () => `${ca.certificatePem}-----BEGIN OPENSSH KEY-----\nAA\n-----END OPENSSH KEY-----\n`,
      'contains a private key',
    ],
    [
      'garbage between the markers',
      () => '-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n',
      'is not a parseable PEM certificate',
    ],
    ["a node's certificate", () => leaf.certificatePem, 'is not a CA certificate'],
    ['no PEM at all', () => 'hello', 'must be a PEM certificate'],
  ])('refuses %s, naming the field', (_, pem, message) => {
    expect(() => validateLocalCa(pem())).toThrow(
      expect.objectContaining({
        code: 'INVALID_REQUEST',
        field: 'choices.localTransportCa',
        message: expect.stringContaining(message),
      }),
    );
  });

  it('refuses an expired CA', () => {
    const later = new Date(Date.now() + 400 * 24 * 3600 * 1000);
    expect(() => validateLocalCa(ca.certificatePem, later)).toThrow(/choices\.localTransportCa: the CA expired on/);
  });

  it('never repeats a pasted key in its message', () => {
    const keyBody = ca.privateKeyPem.split('\n')[1];
    try {
      validateLocalCa(`${ca.certificatePem}${ca.privateKeyPem}`);
    } catch (error) {
      expect((error as Error).message).not.toContain(keyBody);
    }
    expect.assertions(1);
  });
});
