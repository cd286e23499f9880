import { z } from 'zod';
import { API_KEY_STEP_IDS } from '../plan/api_key/api_key_steps';
import { crossClusterAccessSchema, expirationSchema } from '../plan/api_key/cross_cluster_api_key';
import type { ApiKeyStepId } from '../plan/api_key/api_key_steps';
import type { ConnectionPlan } from '../plan/plan_types';
import { kubernetesNameSchema, kubernetesNamespaceSchema } from '../validation/kubernetes_names';
import { remoteClusterAliasSchema } from '../validation/remote_cluster_alias';
import { serviceExposureSchema } from './service_exposure_schema';

export const exposureSchema = serviceExposureSchema(9443);

export const apiKeyConnectionRequestSchema = z.strictObject({
  target: z.strictObject({
    alias: remoteClusterAliasSchema,
    namespace: kubernetesNamespaceSchema,
    name: kubernetesNameSchema,
  }),
  choices: z.strictObject({
    exposure: exposureSchema,
    access: crossClusterAccessSchema,
    expiration: expirationSchema.optional(),
    skipUnavailable: z.boolean().default(true),
    proxySocketConnections: z.number().int().min(1).max(1024).optional(),
    replaceExisting: z.boolean().default(false),
  }),
});
export type ApiKeyConnectionRequest = z.infer<typeof apiKeyConnectionRequestSchema>;

export const applyApiKeyStepRequestSchema = apiKeyConnectionRequestSchema.extend({
  step: z.enum(API_KEY_STEP_IDS),
});
export type ApplyApiKeyStepRequest = z.infer<typeof applyApiKeyStepRequestSchema>;

export type ApiKeyPlanResponse = ConnectionPlan<ApiKeyStepId>;

export interface ApplyApiKeyStepResponse {
  /** False when the step was already done: applying twice changes nothing. */
  applied: boolean;
  plan: ApiKeyPlanResponse;
  /** Only in the answer that created it: the encoded cross-cluster API key, shown once. */
  apiKey?: { id: string; name: string; encoded: string };
  /** Nodes whose secure settings reload failed. */
  reloadFailures?: Array<{ node: string; error: string }>;
}
