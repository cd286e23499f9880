import { z } from 'zod';
import { remoteClusterAliasSchema } from '../validation/remote_cluster_alias';

/**
 * One part of an index pattern, by Elasticsearch's index-name rules: lowercase; none of
 * `\ / ? " < > | , # :` or spaces; not starting with `_`, `-` or `+`; not `.` or `..`; at most
 * 255 bytes (only ASCII is allowed, so 255 characters). `*` is the wildcard. `:` is refused so a
 * pattern cannot reach another cluster; date math and exclusions are not offered.
 */
const INDEX_PATTERN_PART = /^[a-z0-9.*][a-z0-9._*+-]*$/;

export const indexPatternSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(1000, 'must be at most 1000 characters')
  .superRefine((value, context) => {
    const parts = value.split(',');
    if (parts.length > 20) context.addIssue({ code: 'custom', message: 'must name at most 20 patterns' });
    for (const part of parts) {
      if (part === '.' || part === '..' || !INDEX_PATTERN_PART.test(part) || part.length > 255) {
        context.addIssue({
          code: 'custom',
          message: `[${part}] is not a valid index pattern: lowercase letters, digits, '.', '_', '-', '+' and '*' only, not starting with '_', '-' or '+'`,
        });
        return;
      }
    }
  });

export const ccsCheckRequestSchema = z.strictObject({
  alias: remoteClusterAliasSchema,
  indexPattern: indexPatternSchema,
});
export type CcsCheckRequest = z.infer<typeof ccsCheckRequestSchema>;

/** `alias:part` for each part of the pattern: the expression the search and `_resolve/index` get. */
export const remoteExpression = (alias: string, indexPattern: string) =>
  indexPattern
    .split(',')
    .map((part) => `${alias}:${part}`)
    .join(',');

/** Who has to act on a problem: the user's local role, the cross-cluster API key on the remote, or the connection. */
export type CcsProblemOwner = 'role' | 'api_key' | 'remote_role' | 'connection' | 'indices';

export type CcsProblemCode =
  | 'alias_unknown'
  | 'remote_unavailable'
  | 'role_has_no_remote_indices'
  | 'role_too_narrow'
  | 'api_key_too_narrow'
  | 'remote_role_too_narrow'
  | 'no_matching_index'
  | 'search_failed';

export interface CcsProblem {
  code: CcsProblemCode;
  owner: CcsProblemOwner;
  /** What is wrong, in plain words, quoting Elasticsearch where it said something. */
  detail: string;
  /** The exact change that fixes it: a role entry, a key update request, a command. */
  fix: string;
}

/** `_clusters.details.<alias>.status` of the size-0 search, or `refused` when the whole search was. */
export type CcsSearchStatus = 'successful' | 'partial' | 'skipped' | 'running' | 'failed' | 'refused';

export interface CcsRemoteIndicesGrant {
  clusters: string[];
  names: string[];
  privileges: string[];
}

export interface CcsCheckResponse {
  alias: string;
  indexPattern: string;
  expression: string;
  username: string;
  /** The security model of the alias, from `_remote/info`; null when the alias is unknown. */
  securityModel: 'api_key' | 'certificate' | null;
  /** Remote indices `_resolve/index` returns for the expression, as `<alias>:<index>`. */
  matchingIndices: string[];
  search: {
    status: CcsSearchStatus;
    /** Shards of the remote the search reached. */
    shards?: { total: number; successful: number; skipped: number; failed: number };
    /** Elasticsearch's reasons: shard failures, the skipped cluster's failure, or the refusal. */
    reasons: string[];
  };
  /** The `remote_indices` entries of the user's roles that apply to this alias. */
  roleGrants: CcsRemoteIndicesGrant[];
  problems: CcsProblem[];
}
