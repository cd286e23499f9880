/**
 * - `in_use`: made for an alias the local cluster has;
 * - `rotating_out`: a rotation has made its replacement, which takes over once every node has it;
 * - `rotating_in`: the replacement of a key being rotated;
 * - `orphan`: made for an alias the local cluster no longer has: nothing can use it;
 * - `other_cluster`: made by this plugin for another local cluster: never touched from here.
 */
export type ManagedKeyUsage = 'in_use' | 'rotating_out' | 'rotating_in' | 'orphan' | 'other_cluster';

/** A cross-cluster API key this plugin created, found by its metadata; never its secret. */
export interface ManagedCrossClusterKey {
  id: string;
  name: string;
  createdAt: string | null;
  expiration: string | null;
  /** Days until it expires; negative once expired; `null` without expiry. */
  expiresInDays: number | null;
  invalidated: boolean;
  access: Record<string, unknown> | null;
  /** From the metadata: the local alias and cluster it was made for. */
  alias: string;
  localClusterUuid: string;
  usage: ManagedKeyUsage;
  /** For a rotation's new key: the key it replaces. */
  rotatedFrom: string | null;
  warnings: string[];
}

export interface EckClusterKeys {
  namespace: string;
  name: string;
  keys: ManagedCrossClusterKey[];
  /** Why the keys could not be read (cluster not ready, no Enterprise licence…). */
  error?: string;
}

export interface ListManagedKeysResponse {
  localClusterUuid: string;
  expiryWarningDays: number;
  clusters: EckClusterKeys[];
  errors: string[];
}
