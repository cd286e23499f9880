import 'reflect-metadata';
import { X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { describeCertificate, splitPemCertificates } from '../../tls/pem';

/** A certificate as Elasticsearch's diagnostics and `_ssl/certificates` print it (Java's conventions). */
export interface CertificateFacts {
  readonly pem: string;
  /** `X500Principal.getName()`: RFC 2253, most specific attribute first, no spaces. */
  readonly subjectDn: string;
  readonly issuerDn: string;
  /** `BigInteger.toString(16)`: lower case, no leading zeros. */
  readonly serialHex: string;
  /** SHA-1, lower-case hex without separators, as `SslDiagnostics` prints fingerprints. */
  readonly fingerprint: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** `DNS:name` and `IP:address`, in certificate order. */
  readonly subjectAltNames: readonly string[];
  readonly keyUsage: readonly string[];
  readonly extendedKeyUsage: readonly string[];
}

// java.security.cert.X509Certificate#getKeyUsage order.
const KEY_USAGES: readonly [x509.KeyUsageFlags, string][] = [
  [x509.KeyUsageFlags.digitalSignature, 'digitalSignature'],
  [x509.KeyUsageFlags.nonRepudiation, 'nonRepudiation'],
  [x509.KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
  [x509.KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
  [x509.KeyUsageFlags.keyAgreement, 'keyAgreement'],
  [x509.KeyUsageFlags.keyCertSign, 'keyCertSign'],
  [x509.KeyUsageFlags.cRLSign, 'cRLSign'],
  [x509.KeyUsageFlags.encipherOnly, 'encipherOnly'],
  [x509.KeyUsageFlags.decipherOnly, 'decipherOnly'],
];
const EXTENDED_KEY_USAGES: Readonly<Record<string, string>> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
};

/**
 * Parsed once per PEM: every dial reads the trusted CAs and the presented chain again, and parsing
 * is costly enough that a node with fifty remotes would otherwise stall its event loop for a second.
 */
const factsByPem = new Map<string, CertificateFacts>();

export function certificateFacts(pem: string): CertificateFacts {
  let facts = factsByPem.get(pem);
  if (!facts) {
    facts = parseCertificateFacts(pem);
    factsByPem.set(pem, facts);
  }
  return facts;
}

function parseCertificateFacts(pem: string): CertificateFacts {
  const described = describeCertificate(pem);
  const parsed = new x509.X509Certificate(pem);
  const usages = parsed.getExtension(x509.KeyUsagesExtension)?.usages ?? 0;
  const extended = parsed.getExtension(x509.ExtendedKeyUsageExtension)?.usages ?? [];
  return {
    pem,
    subjectDn: described.subject,
    issuerDn: described.issuer,
    serialHex: described.serialNumber.toLowerCase().replace(/^0+(?=.)/, ''),
    fingerprint: new X509Certificate(pem).fingerprint.replace(/:/g, '').toLowerCase(),
    notBefore: described.notBefore,
    notAfter: described.notAfter,
    subjectAltNames: [
      ...described.dnsNames.map((name) => `DNS:${name}`),
      ...described.ipAddresses.map((ip) => `IP:${ip}`),
    ],
    keyUsage: KEY_USAGES.filter(([flag]) => (usages & flag) !== 0).map(([, name]) => name),
    extendedKeyUsage: extended.map((usage) => EXTENDED_KEY_USAGES[String(usage)] ?? String(usage)),
  };
}

/** Every certificate of a PEM bundle, in file order. */
export function bundleFacts(bundle: string): CertificateFacts[] {
  return splitPemCertificates(bundle).map(certificateFacts);
}

/** Did `issuer` sign `certificate`? Names alone are not enough: a re-keyed CA keeps its name. */
export function isSignedBy(certificate: CertificateFacts, issuer: CertificateFacts): boolean {
  const child = new X509Certificate(certificate.pem);
  const parent = new X509Certificate(issuer.pem);
  return child.checkIssued(parent) && child.verify(parent.publicKey);
}

export function isWithinValidity(certificate: CertificateFacts, now: Date): boolean {
  return certificate.notBefore <= now && now <= certificate.notAfter;
}
