import { z } from 'zod';

/**
 * Remote cluster aliases as Kibana's Remote Clusters form accepts them: letters, digits, `_` and
 * `-` (Elasticsearch forbids `:` and treats `.` as a settings separator, which breaks the keystore
 * setting `cluster.remote.<alias>.credentials`).
 */
export const remoteClusterAliasSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[a-zA-Z0-9_-]+$/, "must contain only letters, digits, '_' and '-'");
