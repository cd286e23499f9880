import { X509Certificate } from 'node:crypto';
import { createCertificateAuthority } from './certificate_authority';
import { loadCertificateAuthority, renewCertificateAuthority } from './certificate_authority_renewal';
import { describeCertificate } from './pem';
import { COMMON_NAME_OID } from './subject_alternative_names';

describe('certificate authority renewal', () => {
  it('keeps subject and key when renewing (ECK ≥ 2.0): old leaves still verify', async () => {
    const ca = await createCertificateAuthority('OU=es, CN=es-transport');
    const leaf = await ca.issue('OU=es, CN=node', { dns: ['node.local'] });
    const renewed = await renewCertificateAuthority(ca, { keepKey: true });

    const before = describeCertificate(ca.certificatePem);
    const after = describeCertificate(renewed.certificatePem);
    expect(after.subject).toBe('CN=es-transport,OU=es');
    expect(after.subject).toBe(before.subject);
    expect(after.serialNumber).not.toBe(before.serialNumber);
    expect(after.subjectKeyId).toBe(before.subjectKeyId);
    expect(renewed.privateKeyPem).toBe(ca.privateKeyPem);
    expect(new X509Certificate(leaf.certificatePem).verify(new X509Certificate(renewed.certificatePem).publicKey)).toBe(
      true,
    );
  });

  it('re-keys on request: old leaves no longer verify', async () => {
    const ca = await createCertificateAuthority('CN=ca');
    const leaf = await ca.issue('CN=node', {});
    const rekeyed = await renewCertificateAuthority(ca, { keepKey: false });
    expect(rekeyed.privateKeyPem).not.toBe(ca.privateKeyPem);
    expect(describeCertificate(rekeyed.certificatePem).subject).toBe('CN=ca');
    expect(new X509Certificate(leaf.certificatePem).verify(new X509Certificate(rekeyed.certificatePem).publicKey)).toBe(
      false,
    );
  });

  it('loads a CA back from its PEMs and signs with it', async () => {
    const ca = await createCertificateAuthority('CN=ca');
    const loaded = await loadCertificateAuthority(ca);
    const leaf = await loaded.issue('CN=node', { ip: ['127.0.0.1'] });
    expect(new X509Certificate(leaf.certificatePem).checkIssued(new X509Certificate(ca.certificatePem))).toBe(true);
  });

  it('writes otherNames before DNS names and IP addresses', async () => {
    const ca = await createCertificateAuthority('CN=ca');
    const leaf = await ca.issue('CN=node', {
      otherNames: [{ typeId: COMMON_NAME_OID, value: 'node.es.local' }],
      dns: ['node.es.local', 'es-es-transport.ns.svc'],
      ip: ['127.0.0.1', '::1'],
    });
    expect(new X509Certificate(leaf.certificatePem).subjectAltName).toBe(
      'othername:<unsupported>, DNS:node.es.local, DNS:es-es-transport.ns.svc, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1',
    );
    expect(describeCertificate(leaf.certificatePem)).toMatchObject({
      dnsNames: ['node.es.local', 'es-es-transport.ns.svc'],
      ipAddresses: ['127.0.0.1', '0:0:0:0:0:0:0:1'],
    });
  });
});
