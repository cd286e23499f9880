import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import {
  certificateAuthorityFrom,
  generateKeys,
  selfSignedCaCertificate,
  SIGNING_ALGORITHM,
  type CertificateAuthority,
  type IssuedCertificate,
} from './certificate_authority';

async function importKeys(pems: IssuedCertificate): Promise<CryptoKeyPair> {
  const certificate = new x509.X509Certificate(pems.certificatePem);
  const privateKey = await webcrypto.subtle.importKey(
    'pkcs8',
    x509.PemConverter.decodeFirst(pems.privateKeyPem),
    SIGNING_ALGORITHM,
    true,
    ['sign'],
  );
  const publicKey = await certificate.publicKey.export(SIGNING_ALGORITHM, ['verify']);
  return { privateKey, publicKey } as unknown as CryptoKeyPair;
}

/** A CA from its PEM certificate and PKCS#8 key, as an operator reads it back from a Secret. */
export async function loadCertificateAuthority(
  pems: IssuedCertificate,
  validityDays = 365,
): Promise<CertificateAuthority> {
  return certificateAuthorityFrom(new x509.X509Certificate(pems.certificatePem), await importKeys(pems), validityDays);
}

/**
 * A new CA certificate with the same subject. With `keepKey` (what ECK does since 2.0,
 * `renewCAFromExisting`) the key, and so the SubjectKeyIdentifier, stay: only the serial number and
 * the validity change, and leaves signed before still verify. Without it, a full re-key.
 */
export async function renewCertificateAuthority(
  current: IssuedCertificate,
  options: { keepKey: boolean; validityDays?: number },
): Promise<CertificateAuthority> {
  const validityDays = options.validityDays ?? 365;
  const subject = new x509.X509Certificate(current.certificatePem).subjectName;
  const keys = options.keepKey ? await importKeys(current) : await generateKeys();
  return certificateAuthorityFrom(await selfSignedCaCertificate(subject, keys, validityDays), keys, validityDays);
}
