import { apiKeyMetadata } from '../plan/api_key/cross_cluster_api_key';

/**
 * The rotation's state lives in the new key's metadata on the ECK cluster, so any Kibana instance
 * can resume it: which key it replaces, and when the admin's keystore update was reloaded.
 */
export const ROTATED_FROM = 'rotated_from';
export const KEYSTORES_RELOADED_AT = 'keystores_reloaded_at';

export const rotationKeyMetadata = (localClusterUuid: string, alias: string, oldKeyId: string) => ({
  ...apiKeyMetadata(localClusterUuid, alias),
  [ROTATED_FROM]: oldKeyId,
});

export const rotatedFrom = (metadata: Record<string, unknown>): string | null =>
  typeof metadata[ROTATED_FROM] === 'string' ? (metadata[ROTATED_FROM] as string) : null;

export const keystoresReloadedAt = (metadata: Record<string, unknown>): string | null =>
  typeof metadata[KEYSTORES_RELOADED_AT] === 'string' ? (metadata[KEYSTORES_RELOADED_AT] as string) : null;
