import { z } from 'zod';

/** Marks the keys this plugin creates, so they can be found, traced to an alias, rotated. */
export const KEY_METADATA_MANAGED_BY = 'kibana-eck-remote-clusters';

const indexPatterns = z
  .array(
    z
      .string()
      .min(1, 'must not be empty')
      .max(255, 'must be at most 255 characters')
      .regex(/^[^\s,"\\/|<>?]+$/, 'must be an index name or pattern without spaces, commas, quotes or \\ / | < > ?'),
  )
  .min(1, 'must name at least one index pattern')
  .max(100);

export const crossClusterAccessSchema = z
  .strictObject({
    search: z
      .array(
        z.strictObject({
          names: indexPatterns,
          query: z.record(z.string(), z.unknown()).optional(),
          field_security: z
            .strictObject({ grant: z.array(z.string()).optional(), except: z.array(z.string()).optional() })
            .optional(),
          allow_restricted_indices: z.boolean().optional(),
        }),
      )
      .max(20)
      .optional(),
    replication: z
      .array(z.strictObject({ names: indexPatterns }))
      .max(20)
      .optional(),
  })
  .refine((access) => (access.search?.length ?? 0) + (access.replication?.length ?? 0) > 0, {
    message: 'must grant search or replication access to at least one index pattern',
  });

export type CrossClusterAccess = z.infer<typeof crossClusterAccessSchema>;

/** Elasticsearch durations: `30d`, `12h`, `90m`. */
export const expirationSchema = z.string().regex(/^\d+(d|h|m|s|ms)$/, 'must be a duration such as 90d or 12h');

/** ECK reconciles keys named `eck-*` as its own and errors on ours: never use that prefix. */
export const apiKeyName = (alias: string) => `kibana-remote-${alias}`;

export function apiKeyMetadata(localClusterUuid: string, alias: string) {
  return { managed_by: KEY_METADATA_MANAGED_BY, local_cluster_uuid: localClusterUuid, remote_cluster_alias: alias };
}

/** Whether a key on the remote is the one this plugin made for this alias of this local cluster. */
export function isKeyFor(metadata: Record<string, unknown>, localClusterUuid: string, alias: string): boolean {
  return (
    metadata.managed_by === KEY_METADATA_MANAGED_BY &&
    metadata.local_cluster_uuid === localClusterUuid &&
    metadata.remote_cluster_alias === alias
  );
}
