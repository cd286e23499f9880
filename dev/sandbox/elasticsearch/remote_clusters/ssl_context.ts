import { rootCertificates } from 'node:tls';
import type { CertificateFacts } from './certificate_facts';

export type VerificationMode = 'full' | 'certificate' | 'none';

/** A trusted certificate with the file it was loaded from (absolute path, as Elasticsearch prints it). */
export interface TrustedCertificate {
  readonly path: string;
  readonly facts: CertificateFacts;
}

/**
 * The client side of one of the node's SSL contexts, as loaded: `xpack.security.remote_cluster_client.ssl`
 * for API key remotes, `xpack.security.transport.ssl` for certificate remotes.
 */
export interface ClientSslContext {
  readonly name: string;
  readonly enabled: boolean;
  readonly verificationMode: VerificationMode;
  /** From `certificate_authorities`; empty means the JDK's default trust store. */
  readonly certificateAuthorities: readonly TrustedCertificate[];
  /** Presented when the server asks for one (transport always has one; the remote cluster client has none). */
  readonly clientCertificate?: { readonly certificatePem: string; readonly privateKeyPem: string };
}

/** How `SslDiagnostics` names the context: `xpack.security.transport.ssl (with trust configuration: PEM-trust{…})`. */
export function describeSslContext(context: ClientSslContext): string {
  if (context.certificateAuthorities.length === 0) return '(shared) (with trust configuration: JDK-trusted-certs)';
  const paths = [...new Set(context.certificateAuthorities.map((trusted) => trusted.path))];
  return `${context.name} (with trust configuration: PEM-trust{${paths.join(',')}})`;
}

/** The issuers a context trusts, by subject DN; the JDK store stands for "many others we cannot name". */
export function trustedIssuerCount(context: ClientSslContext): number {
  return context.certificateAuthorities.length === 0
    ? rootCertificates.length
    : new Set(context.certificateAuthorities.map((trusted) => trusted.facts.subjectDn)).size;
}
