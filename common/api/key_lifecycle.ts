import { z } from 'zod';
import { KEY_ROTATION_STEP_IDS } from '../key_lifecycle/key_rotation_steps';
import type { KeyRotationPlan } from '../key_lifecycle/key_rotation_plan';
import { expirationSchema } from '../plan/api_key/cross_cluster_api_key';
import { kubernetesNameSchema, kubernetesNamespaceSchema } from '../validation/kubernetes_names';
import { remoteClusterAliasSchema } from '../validation/remote_cluster_alias';

export const listManagedKeysQuerySchema = z.strictObject({});

export const keyRotationRequestSchema = z.strictObject({
  target: z.strictObject({
    alias: remoteClusterAliasSchema,
    namespace: kubernetesNamespaceSchema,
    name: kubernetesNameSchema,
  }),
  /** The new key's lifetime; by default the old key's. */
  expiration: expirationSchema.optional(),
});
export type KeyRotationRequest = z.infer<typeof keyRotationRequestSchema>;

export const applyKeyRotationStepRequestSchema = keyRotationRequestSchema.extend({
  step: z.enum(KEY_ROTATION_STEP_IDS),
});
export type ApplyKeyRotationStepRequest = z.infer<typeof applyKeyRotationStepRequestSchema>;

export type KeyRotationPlanResponse = KeyRotationPlan;

export interface ApplyKeyRotationStepResponse {
  /** False when the step was already done: applying twice changes nothing. */
  applied: boolean;
  plan: KeyRotationPlanResponse;
  /** Only in the answer that created it: the new encoded key, shown once. */
  apiKey?: { id: string; name: string; encoded: string };
  /** Nodes whose secure settings reload failed; the reload is then not recorded. */
  reloadFailures?: Array<{ node: string; error: string }>;
}

/** Elasticsearch API key ids: URL-safe Base64 characters. */
const apiKeyIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an API key id (letters, digits, _ and -)');

export const invalidateOrphanKeyRequestSchema = z.strictObject({
  namespace: kubernetesNamespaceSchema,
  name: kubernetesNameSchema,
  id: apiKeyIdSchema,
});
export type InvalidateOrphanKeyRequest = z.infer<typeof invalidateOrphanKeyRequestSchema>;

export interface InvalidateOrphanKeyResponse {
  /** The ids Elasticsearch invalidated now; empty when the key already was. */
  invalidated: string[];
}
