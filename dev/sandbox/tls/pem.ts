import 'reflect-metadata';
import { X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';

/** Every PEM certificate block in a bundle (a `ca.crt` may hold several), each ending in a newline. */
export function splitPemCertificates(bundle: string): string[] {
  return (bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map(
    (block) => `${block}\n`,
  );
}

export interface CertificateDescription {
  serialNumber: string;
  /** RFC 4514 order, as Go prints it: `CN=es-transport,OU=es`. */
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  dnsNames: string[];
  ipAddresses: string[];
  fingerprint256: string;
  /** Hex; unchanged when a CA is renewed with its key. */
  subjectKeyId: string | undefined;
}

// Node prints distinguished names in DER order, one attribute per line; RFC 4514 reverses them.
const rfc4514 = (name: string) => name.split('\n').reverse().join(',');

function altNames(subjectAltName: string | undefined, prefix: string): string[] {
  return (subjectAltName ?? '')
    .split(', ')
    .filter((entry) => entry.startsWith(prefix))
    .map((entry) => entry.slice(prefix.length));
}

/** What a person checks on a certificate: who, by whom, until when, for which names. */
export function describeCertificate(pem: string): CertificateDescription {
  const certificate = new X509Certificate(pem);
  return {
    serialNumber: certificate.serialNumber,
    subject: rfc4514(certificate.subject),
    issuer: rfc4514(certificate.issuer),
    notBefore: new Date(certificate.validFrom),
    notAfter: new Date(certificate.validTo),
    dnsNames: altNames(certificate.subjectAltName, 'DNS:'),
    ipAddresses: altNames(certificate.subjectAltName, 'IP Address:'),
    fingerprint256: certificate.fingerprint256,
    subjectKeyId: new x509.X509Certificate(pem).getExtension(x509.SubjectKeyIdentifierExtension)?.keyId,
  };
}
