import { normalizeDn, normalizeSerial } from '../plan/certificate_identity';
import type { CertificateSummary, Observed, ObservedTrustedCertificate } from '../plan/observation';
import type { CaIdentity, CaWatchFinding } from './ca_watch_types';
import { sameFileRewrite } from './same_file_rewrite';

export const DEFAULT_CA_WARNING_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CaComparisonInput {
  namespace: string;
  name: string;
  aliases: string[];
  /** `ca.crt` of `<name>-es-transport-certs-public`; `null` when the Secret or the key is missing. */
  transportCa: Observed<{ pem: string; certificates: CertificateSummary[] } | null>;
  /** `_ssl/certificates`, as the answering local node reports it. */
  trusted: Observed<ObservedTrustedCertificate[]>;
  /** Every local node, to name the ones that could not be checked. */
  nodes: string[];
  now: Date;
  warningDays: number;
}

/** ECK names its transport CA `CN=<es>-transport, OU=<es>`; `ca.crt` may also carry extra CAs after it. */
export const eckTransportCaSubject = (name: string) => `CN=${name}-transport, OU=${name}`;

function pickEckCa(name: string, certificates: CertificateSummary[]): CertificateSummary | undefined {
  const subject = normalizeDn(eckTransportCaSubject(name));
  return certificates.find((c) => normalizeDn(c.subject) === subject) ?? certificates[0];
}

const daysUntil = (iso: string, now: Date) => Math.floor((Date.parse(iso) - now.getTime()) / DAY_MS);

const describe = (ca: Pick<CaIdentity, 'serialNumber' | 'validTo'>) =>
  `serial ${normalizeSerial(ca.serialNumber)}, valid until ${ca.validTo.slice(0, 10)}`;

/**
 * Compares the ECK cluster's current transport CA with what the local nodes trust, by subject,
 * serial and expiry (`_ssl/certificates` has no fingerprint). Pure: the same facts give the same finding.
 */
export function compareTransportCa(input: CaComparisonInput): CaWatchFinding {
  const base = {
    namespace: input.namespace,
    name: input.name,
    aliases: input.aliases,
    current: null,
    staleTrusted: [],
    trustedBy: [],
    notTrustedBy: [],
    uncheckedNodes: [],
    expiresInDays: null,
  };
  const where = `${input.namespace}/${input.name}`;
  const secret = `${input.name}-es-transport-certs-public`;
  if (!input.transportCa.ok) {
    return { ...base, state: 'unknown', reason: `The Secret ${secret} could not be read: ${input.transportCa.error}` };
  }
  const eckCa = input.transportCa.value && pickEckCa(input.name, input.transportCa.value.certificates);
  if (!input.transportCa.value || !eckCa) {
    return { ...base, state: 'unknown', reason: `The Secret ${secret} holds no CA certificate in ca.crt.` };
  }
  const current: CaIdentity = {
    subject: eckCa.subject,
    serialNumber: eckCa.serialNumber,
    validFrom: eckCa.validFrom,
    validTo: eckCa.validTo,
  };
  const withCurrent = { ...base, current, expiresInDays: daysUntil(current.validTo, input.now) };
  if (!input.trusted.ok) {
    return {
      ...withCurrent,
      state: 'unknown',
      reason: `The local nodes' trusted certificates (_ssl/certificates) could not be read: ${input.trusted.error}`,
    };
  }

  const trustedCertificates = input.trusted.value;
  const subject = normalizeDn(current.subject);
  const serial = normalizeSerial(current.serialNumber);
  const checked = [...new Set(input.trusted.value.map((c) => c.node))].sort();
  const sameSubject = input.trusted.value.filter((c) => normalizeDn(c.subjectDn) === subject);
  const trustedBy = checked.filter((node) =>
    sameSubject.some((c) => c.node === node && normalizeSerial(c.serialNumber) === serial),
  );
  const staleTrusted = sameSubject
    .filter((c) => !trustedBy.includes(c.node))
    .map((c) => ({
      node: c.node,
      path: c.path,
      subject: c.subjectDn,
      serialNumber: c.serialNumber,
      validFrom: null,
      validTo: c.expiry,
    }));
  const notTrustedBy = checked.filter((node) => !trustedBy.includes(node));
  const uncheckedNodes = input.nodes.filter((node) => !checked.includes(node));
  const facts = { ...withCurrent, trustedBy, notTrustedBy, staleTrusted, uncheckedNodes };
  const uncheckedNote = uncheckedNodes.length
    ? ` Not checked (Elasticsearch reports trusted certificates only for the node that answers): ${uncheckedNodes.join(', ')}.`
    : '';

  if (checked.length === 0) {
    return { ...facts, state: 'unknown', reason: 'No local node reported any trusted certificate.' };
  }
  if (sameSubject.length === 0) {
    return {
      ...facts,
      state: 'unknown',
      reason: `No checked node (${checked.join(', ')}) trusts a CA named ${current.subject}: the connection's "Trust the CA" step is not done, or the CA is trusted under another name.`,
    };
  }
  if (staleTrusted.length > 0) {
    const earliest = Math.min(...staleTrusted.map((c) => daysUntil(c.validTo, input.now)));
    const stale = staleTrusted.map((c) => `${c.node} trusts ${describe(c)} in ${c.path}`).join('; ');
    return {
      ...facts,
      state: 'rotation_detected',
      expiresInDays: Math.min(earliest, facts.expiresInDays),
      reason: `ECK renewed the transport CA of ${where} (now ${describe(current)}), and it is not trusted by ${notTrustedBy.join(', ')}: ${stale}.${uncheckedNote}`,
      rewrite: sameFileRewrite({
        pem: input.transportCa.value.pem,
        files: [...new Set(staleTrusted.map((c) => c.path))].map((path) => ({
          path,
          otherSubjects: [
            ...new Set(
              trustedCertificates
                .filter((c) => c.path === path && normalizeDn(c.subjectDn) !== subject)
                .map((c) => c.subjectDn),
            ),
          ],
        })),
        pendingNodes: [...notTrustedBy, ...uncheckedNodes],
      }),
    };
  }
  if (notTrustedBy.length > 0) {
    return {
      ...facts,
      state: 'unknown',
      reason: `${notTrustedBy.join(', ')} trusts no CA named ${current.subject}.${uncheckedNote}`,
    };
  }
  if (facts.expiresInDays <= input.warningDays) {
    return {
      ...facts,
      state: 'expiring',
      reason: `The transport CA of ${where} (${describe(current)}) expires in ${facts.expiresInDays} days. ECK renews it shortly before (24 hours by default); the watch then shows the new CA and the file to rewrite.${uncheckedNote}`,
    };
  }
  return {
    ...facts,
    state: 'in_sync',
    reason: `${trustedBy.join(', ')} trusts the current transport CA of ${where} (${describe(current)}).${uncheckedNote}`,
  };
}
