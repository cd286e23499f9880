import { sameCertificate } from './certificate_identity';
import type { CertificateSummary, Observed, ObservedTrustedCertificate } from './observation';
import type { Evidence } from './plan_types';

/** Which local nodes are known to trust a CA, per `_ssl/certificates`, and which cannot be checked. */
export interface NodeTrust {
  trustedBy: string[];
  /** Checked, and not trusting it. */
  missing: string[];
  /** `_ssl/certificates` answers for the node that handles the request only: the others are named, never claimed. */
  unchecked: string[];
  evidence: Evidence[];
  /** Every checked node trusts it, and at least one was checked. */
  done: boolean;
  /** Where the admin still has to act. */
  pendingNodes: string[];
  /** Why it is not done, in plain words. */
  notDoneReason: string;
  uncheckedNote: string[];
}

export function nodeTrust(
  nodes: string[],
  trusted: Observed<ObservedTrustedCertificate[]>,
  ca: Pick<CertificateSummary, 'subject' | 'serialNumber'>,
  /** Count only this file (as configured, relative to the config directory). */
  onlyPath?: string,
): NodeTrust {
  const wanted = { subject: ca.subject, serial: ca.serialNumber };
  const entries = trusted.ok ? trusted.value : [];
  const trustedBy = new Set(
    entries
      .filter((c) => onlyPath === undefined || c.path === onlyPath)
      .filter((c) => sameCertificate({ subject: c.subjectDn, serial: c.serialNumber }, wanted))
      .map((c) => c.node),
  );
  const checked = new Set(entries.map((c) => c.node));
  const missing = nodes.filter((node) => checked.has(node) && !trustedBy.has(node));
  const unchecked = nodes.filter((node) => !checked.has(node));
  const uncheckedNote = unchecked.length
    ? [
        `Not checked: ${unchecked.join(', ')}. Elasticsearch reports trusted certificates only for the node that answers; make sure the file and the lines are on every node.`,
      ]
    : [];
  return {
    trustedBy: [...trustedBy],
    missing,
    unchecked,
    evidence: [...trustedBy].map((node) => ({
      subject: `_ssl/certificates on ${node}`,
      value: `trusts ${ca.subject} (serial ${ca.serialNumber})`,
      source: 'local_elasticsearch' as const,
    })),
    done: nodes.length > 0 && trustedBy.size > 0 && missing.length === 0,
    pendingNodes: missing.length > 0 ? [...missing, ...unchecked] : nodes,
    notDoneReason:
      nodes.length === 0
        ? 'The local nodes could not be listed, so no node can be confirmed: do this on every node.'
        : missing.length > 0
          ? `Not yet trusted on: ${missing.join(', ')}.`
          : 'No node could be checked: do this on every node.',
    uncheckedNote,
  };
}
