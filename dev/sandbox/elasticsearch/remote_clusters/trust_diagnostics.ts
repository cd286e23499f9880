import { isSignedBy, isWithinValidity, type CertificateFacts } from './certificate_facts';

/**
 * `SslDiagnostics.getTrustDiagnosticFailure`, the line `DiagnosticTrustManager` logs when a peer's
 * certificate is refused. Built from what the peer presented and what the context trusts, in the
 * order Elasticsearch 8 writes it.
 */
export interface TrustDiagnosticInput {
  readonly peer: 'server' | 'client';
  readonly peerHost: string;
  /** Leaf first. */
  readonly chain: readonly CertificateFacts[];
  /** The context's name as `describeSslContext` gives it. */
  readonly context: string;
  /** Trusted certificates from PEM files; `undefined` for the JDK store, which is never named. */
  readonly trusted: readonly CertificateFacts[] | undefined;
  /** How many issuers the JDK store holds, when `trusted` is the JDK store. */
  readonly jdkIssuerCount?: number;
  readonly session: { readonly cipher: string; readonly protocol: string };
  readonly now: Date;
}

const fingerprints = (certificates: readonly CertificateFacts[]) =>
  certificates.length === 1
    ? `fingerprint [${certificates[0].fingerprint}]`
    : `fingerprints [${certificates.map((c) => c.fingerprint).join(', ')}]`;

/** Java's `Instant.toString()`: no fraction when it is zero. */
const instant = (date: Date) => date.toISOString().replace('.000Z', 'Z');

function usageDescription(certificate: CertificateFacts): string {
  const keyUsage = certificate.keyUsage.length > 0 ? `keyUsage [${certificate.keyUsage.join(', ')}]` : 'no keyUsage';
  const extended =
    certificate.extendedKeyUsage.length > 0
      ? `extendedKeyUsage [${certificate.extendedKeyUsage.join(', ')}]`
      : 'no extendedKeyUsage';
  return `${keyUsage} and ${extended}`;
}

function datesDescription(certificate: CertificateFacts, now: Date): string {
  const verdict = isWithinValidity(certificate, now)
    ? 'valid'
    : now < certificate.notBefore
      ? 'not yet valid'
      : 'expired';
  return (
    `the certificate is valid between [${instant(certificate.notBefore)}] and [${instant(certificate.notAfter)}] ` +
    `(current time is [${now.toISOString()}], certificate dates are ${verdict})`
  );
}

function issuerTrust(input: TrustDiagnosticInput, certificate: CertificateFacts): string {
  const { context, trusted } = input;
  if (trusted !== undefined) {
    const sameName = trusted.filter((candidate) => candidate.subjectDn === certificate.issuerDn);
    const verified = sameName.filter((candidate) => isSignedBy(certificate, candidate));
    const plural = verified.length === 1 ? ['certificate', 'is'] : ['certificates', 'are'];
    if (verified.length > 0) {
      return `; the issuing ${plural[0]} with ${fingerprints(verified)} ${plural[1]} trusted in this ssl context ([${context}])`;
    }
    if (sameName.length > 0) {
      return (
        `; this ssl context ([${context}]) trusts [${sameName.length}] ` +
        `${sameName.length === 1 ? 'certificate' : 'certificates'} with subject name [${certificate.issuerDn}] and ` +
        `${fingerprints(sameName)} but the signatures do not match`
      );
    }
  }
  let message = `; this ssl context ([${context}]) is not configured to trust that issuer`;
  const issuers = trusted === undefined ? [] : [...new Set(trusted.map((candidate) => candidate.subjectDn))].sort();
  const count = trusted === undefined ? (input.jdkIssuerCount ?? 0) : issuers.length;
  if (count === 0) return `${message} or any other issuer`;
  if (trusted !== undefined && count === 1) {
    const only = trusted.filter((candidate) => candidate.subjectDn === issuers[0]);
    return `${message}, it only trusts the issuer [${issuers[0]}] with ${fingerprints(only)}`;
  }
  message += ` but trusts [${count}] other issuers`;
  return trusted !== undefined && count < 10 ? `${message} ([${issuers.join(', ')}])` : message;
}

export function trustDiagnostic(input: TrustDiagnosticInput): string {
  const [leaf, ...issuers] = input.chain;
  let message = `failed to establish trust with ${input.peer} at [${input.peerHost}]; `;
  if (!leaf) return `${message}the ${input.peer} did not provide a certificate`;
  message +=
    `the ${input.peer} provided a certificate with subject name [${leaf.subjectDn}], ${fingerprints([leaf])}, ` +
    `${usageDescription(leaf)}; ${datesDescription(leaf, input.now)}; ` +
    `the session uses cipher suite [${input.session.cipher}] and protocol [${input.session.protocol}]`;
  if (input.peer === 'server') {
    message +=
      leaf.subjectAltNames.length > 0
        ? `; the certificate has subject alternative names [${leaf.subjectAltNames.join(',')}]`
        : '; the certificate does not have any subject alternative names';
  }
  if (leaf.subjectDn === leaf.issuerDn) return `${message}; the certificate is self-issued`;
  message += `; the certificate is issued by [${leaf.issuerDn}]`;
  if (issuers.length === 0) {
    return `${message} but the ${input.peer} did not provide a copy of the issuing certificate in the certificate chain${issuerTrust(input, leaf)}`;
  }
  const signers = issuers.map((issuer) => `signed by (subject [${issuer.subjectDn}] ${fingerprints([issuer])}) `);
  const root = issuers[issuers.length - 1];
  return `${message}; the certificate is ${signers.join('')}which is issued by [${root.issuerDn}]${issuerTrust(input, root)}`;
}
