import { KEY_METADATA_MANAGED_BY } from '../plan/api_key/cross_cluster_api_key';
import type { ObservedCrossClusterKey } from '../plan/observation';
import type { ManagedCrossClusterKey, ManagedKeyUsage } from './key_lifecycle_types';
import { rotatedFrom } from './rotation_metadata';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ClassifyKeysInput {
  /** Every cross-cluster key on one ECK cluster, as `GET /_security/api_key` lists them. */
  keys: ObservedCrossClusterKey[];
  localClusterUuid: string;
  /** Every remote alias of the local cluster. */
  localAliases: string[];
  /** The aliases whose server name or address points at this ECK cluster. */
  aliasesPointingHere: string[];
  now: Date;
  warningDays: number;
}

const isActive = (key: ObservedCrossClusterKey, now: Date) =>
  !key.invalidated && (key.expiration === null || Date.parse(key.expiration) > now.getTime());

function expiryWarnings(days: number | null, expiration: string | null, warningDays: number): string[] {
  if (days === null || expiration === null) return [];
  const date = expiration.slice(0, 10);
  if (days < 0) return [`Expired on ${date}: the remote cluster cannot connect with it.`];
  if (days <= warningDays) return [`Expires in ${days} days (${date}): rotate it before then.`];
  return [];
}

/**
 * The keys this plugin created on one ECK cluster (found by their metadata), each with the local
 * alias it was made for and whether anything can still use it. Invalidated keys are left out.
 */
export function classifyManagedKeys(input: ClassifyKeysInput): ManagedCrossClusterKey[] {
  const managed = input.keys.filter((key) => key.metadata.managed_by === KEY_METADATA_MANAGED_BY && !key.invalidated);
  const active = new Set(managed.filter((key) => isActive(key, input.now)).map((key) => key.id));
  // A rotation is in progress while both its new key and the key it replaces are active.
  const replaced = new Set(
    managed.map((key) => rotatedFrom(key.metadata)).filter((id): id is string => id !== null && active.has(id)),
  );
  return managed
    .map((key): ManagedCrossClusterKey => {
      const alias = String(key.metadata.remote_cluster_alias ?? '');
      const localClusterUuid = String(key.metadata.local_cluster_uuid ?? '');
      const from = rotatedFrom(key.metadata);
      const usage: ManagedKeyUsage =
        localClusterUuid !== input.localClusterUuid
          ? 'other_cluster'
          : !input.localAliases.includes(alias)
            ? 'orphan'
            : replaced.has(key.id)
              ? 'rotating_out'
              : from !== null && active.has(from) && active.has(key.id)
                ? 'rotating_in'
                : 'in_use';
      const expiresInDays =
        key.expiration === null ? null : Math.floor((Date.parse(key.expiration) - input.now.getTime()) / DAY_MS);
      const pointsElsewhere =
        usage !== 'other_cluster' && usage !== 'orphan' && !input.aliasesPointingHere.includes(alias)
          ? [
              `The local remote ${alias} does not seem to point at this ECK cluster (neither its server name nor its address match).`,
            ]
          : [];
      return {
        id: key.id,
        name: key.name,
        createdAt: key.creation ?? null,
        expiration: key.expiration,
        expiresInDays,
        invalidated: key.invalidated,
        access: key.access ?? null,
        alias,
        localClusterUuid,
        usage,
        rotatedFrom: from,
        warnings: [
          ...(usage === 'orphan' ? [`The local cluster has no remote ${alias} any more: nothing uses this key.`] : []),
          ...(usage === 'other_cluster' ? [] : expiryWarnings(expiresInDays, key.expiration, input.warningDays)),
          ...pointsElsewhere,
        ],
      };
    })
    .sort((a, b) => a.alias.localeCompare(b.alias) || (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
}
