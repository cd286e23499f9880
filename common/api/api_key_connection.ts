import { z } from 'zod';
import { API_KEY_STEP_IDS } from '../plan/api_key/api_key_steps';
import { crossClusterAccessSchema, expirationSchema } from '../plan/api_key/cross_cluster_api_key';
import type { ApiKeyStepId } from '../plan/api_key/api_key_steps';
import type { ConnectionPlan } from '../plan/plan_types';
import { kubernetesNameSchema, kubernetesNamespaceSchema } from '../validation/kubernetes_names';
import { remoteClusterAliasSchema } from '../validation/remote_cluster_alias';

const hostPort = z
  .string()
  .max(261)
  .regex(/^(\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9.-]+):\d{1,5}$/, 'must be host:port, with an IPv6 address in brackets')
  .refine((value) => Number(value.slice(value.lastIndexOf(':') + 1)) <= 65535, 'the port must be at most 65535');

const annotationKey = z
  .string()
  .regex(/^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/, 'must be a Kubernetes annotation key');

export const exposureSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('LoadBalancer'),
    port: z.number().int().min(1).max(65535).default(9443),
    annotations: z.record(annotationKey, z.string().max(1024)).default({}),
  }),
  z.strictObject({
    type: z.literal('NodePort'),
    nodeAddress: z.string().regex(/^(\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9.-]+)$/, 'must be a host name or an IP address'),
  }),
  z.strictObject({ type: z.literal('address'), proxyAddress: hostPort }),
]);

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
