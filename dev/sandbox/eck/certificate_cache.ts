import {
  createCertificateAuthority,
  type CertificateAuthority,
  type IssuedCertificate,
} from '../tls/certificate_authority';
import { loadCertificateAuthority } from '../tls/certificate_authority_renewal';
import { canonicalJson } from './apply_objects';
import type { CertificateRequest } from './certificate_requests';

interface IssuedLeaf {
  request: string;
  issuerPem: string;
  certificate: IssuedCertificate;
}

/**
 * The operator's memory of key material, so that a reconcile that changes nothing signs nothing.
 * The Secrets stay the source of truth for CAs: a CA written there (a rotation) is what is used.
 */
export class CertificateCache {
  private readonly authorities = new Map<string, CertificateAuthority>();
  private readonly leaves = new Map<string, IssuedLeaf>();

  /** The CA stored in a Secret, or a new one when there is none (or it cannot be read). */
  async authority(stored: IssuedCertificate | undefined, subject: string): Promise<CertificateAuthority> {
    const cached = stored && this.authorities.get(stored.certificatePem);
    if (cached) return cached;
    const authority = stored
      ? await loadCertificateAuthority(stored).catch(() => createCertificateAuthority(subject))
      : await createCertificateAuthority(subject);
    this.authorities.set(authority.certificatePem, authority);
    return authority;
  }

  /** Re-issues only when the names or the signing CA changed. */
  async leaf(id: string, ca: CertificateAuthority, request: CertificateRequest): Promise<IssuedCertificate> {
    const wanted = canonicalJson(request);
    const issued = this.leaves.get(id);
    if (issued && issued.request === wanted && issued.issuerPem === ca.certificatePem) return issued.certificate;
    const certificate = await ca.issue(request.subject, request.names);
    this.leaves.set(id, { request: wanted, issuerPem: ca.certificatePem, certificate });
    return certificate;
  }

  forget(id: string): void {
    this.leaves.delete(id);
  }
}
