import { X509Certificate } from 'node:crypto';
import type { CertificateSummary } from '../../common/plan/observation';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----/g;

/** Node prints a DN one attribute per line, in certificate order; Elasticsearch joins them with ", ". */
const distinguishedName = (lines: string) => lines.split('\n').filter(Boolean).join(', ');

/** Every certificate of a PEM bundle (ECK's `ca.crt` may hold several), described without its key material. */
export function summarizePemBundle(pem: string): CertificateSummary[] {
  return (pem.match(PEM_CERTIFICATE) ?? []).map((block) => {
    const certificate = new X509Certificate(block);
    return {
      subject: distinguishedName(certificate.subject),
      issuer: distinguishedName(certificate.issuer),
      serialNumber: certificate.serialNumber.toUpperCase(),
      validFrom: new Date(certificate.validFrom).toISOString(),
      validTo: new Date(certificate.validTo).toISOString(),
      sha256Fingerprint: certificate.fingerprint256,
      isCa: certificate.ca,
    };
  });
}
