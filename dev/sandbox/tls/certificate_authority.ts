// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata polyfill.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { subjectAlternativeNameExtension, type SubjectAlternativeNames } from './subject_alternative_names';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export const SIGNING_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface IssuedCertificate {
  certificatePem: string;
  privateKeyPem: string;
}

export interface CertificateAuthority extends IssuedCertificate {
  /**
   * Signs a leaf certificate for a server (and client: Elasticsearch transport certificates are
   * both), with DNS and IP subject alternative names, and otherNames where a caller needs them.
   */
  issue(subject: string, names: SubjectAlternativeNames, validityDays?: number): Promise<IssuedCertificate>;
}

export function serialNumber(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] &= 0x7f; // a positive serial number, as X.509 requires
  return Buffer.from(bytes).toString('hex');
}

export async function generateKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(SIGNING_ALGORITHM, true, ['sign', 'verify'])) as unknown as CryptoKeyPair;
}

// PEM blocks end with a newline, so that bundles (leaf + CA, CA + extra CAs) concatenate safely.
const pemLine = (pem: string) => (pem.endsWith('\n') ? pem : `${pem}\n`);

export async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', key as unknown as webcrypto.CryptoKey);
  return pemLine(x509.PemConverter.encode(der, 'PRIVATE KEY'));
}

/** A self-signed CA certificate for `keys`: a new serial number and validity, whatever came before. */
export async function selfSignedCaCertificate(
  subject: string | x509.Name,
  keys: CryptoKeyPair,
  validityDays: number,
): Promise<x509.X509Certificate> {
  const now = Date.now();
  return x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: subject,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + validityDays * DAY_MS),
    keys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
}

/** The CA behind an existing certificate and its key pair. */
export async function certificateAuthorityFrom(
  certificate: x509.X509Certificate,
  keys: CryptoKeyPair,
  validityDays = 365,
): Promise<CertificateAuthority> {
  return {
    certificatePem: pemLine(certificate.toString('pem')),
    privateKeyPem: await privateKeyPem(keys.privateKey),
    async issue(leafSubject, names, leafValidityDays = validityDays) {
      const leafKeys = await generateKeys();
      const now = Date.now();
      const leaf = await x509.X509CertificateGenerator.create({
        serialNumber: serialNumber(),
        subject: leafSubject,
        issuer: certificate.subject,
        notBefore: new Date(now - DAY_MS),
        notAfter: new Date(now + leafValidityDays * DAY_MS),
        publicKey: leafKeys.publicKey,
        signingKey: keys.privateKey,
        signingAlgorithm: SIGNING_ALGORITHM,
        extensions: [
          new x509.BasicConstraintsExtension(false, undefined, true),
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
          new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
          subjectAlternativeNameExtension(names),
          await x509.AuthorityKeyIdentifierExtension.create(keys.publicKey),
        ],
      });
      return { certificatePem: pemLine(leaf.toString('pem')), privateKeyPem: await privateKeyPem(leafKeys.privateKey) };
    },
  };
}

/** A real X.509 certificate authority, so that TLS in the sandbox is real TLS. */
export async function createCertificateAuthority(subject: string, validityDays = 365): Promise<CertificateAuthority> {
  const keys = await generateKeys();
  return certificateAuthorityFrom(await selfSignedCaCertificate(subject, keys, validityDays), keys, validityDays);
}
