import type { ManualInstructions } from '../plan/plan_types';

/**
 * - `in_sync`: every checked node trusts the ECK cluster's current transport CA (same serial);
 * - `rotation_detected`: ECK issued a new CA (new serial and dates) that a checked node does not trust yet;
 * - `expiring`: the current CA (or the copy a node trusts) expires within the warning window;
 * - `unknown`: something could not be read or compared; the reason says what.
 */
export type CaWatchState = 'in_sync' | 'rotation_detected' | 'expiring' | 'unknown';

/** A CA certificate as both sides describe it: `_ssl/certificates` has no fingerprint, so serial and dates decide. */
export interface CaIdentity {
  subject: string;
  serialNumber: string;
  /** ISO dates; `validFrom` is only known for the ECK side. */
  validFrom: string | null;
  validTo: string;
}

export interface CaWatchFinding {
  namespace: string;
  name: string;
  /** The local remote aliases that point at this ECK cluster. */
  aliases: string[];
  state: CaWatchState;
  /** In plain words, naming the nodes concerned. */
  reason: string;
  /** The CA in `<name>-es-transport-certs-public` now. */
  current: CaIdentity | null;
  /** What the checked nodes trust under the same subject, when it is not the current CA. */
  staleTrusted: Array<CaIdentity & { node: string; path: string }>;
  trustedBy: string[];
  notTrustedBy: string[];
  /** `_ssl/certificates` answers for the node that handles the request only: the others are named, never claimed. */
  uncheckedNodes: string[];
  /** Days until the earliest relevant expiry (current CA or a trusted copy); negative once expired. */
  expiresInDays: number | null;
  /** For `rotation_detected` and `expiring`: the new CA file and the same-path rewrite, which needs no restart. */
  rewrite?: ManualInstructions;
}

export interface CaWatchResponse {
  /** When the findings were computed: now, from live state (nothing is stored). */
  checkedAt: string;
  warningDays: number;
  findings: CaWatchFinding[];
  /** A source that could not be read at all (Kubernetes, the local cluster): the findings are then incomplete. */
  errors: string[];
}
