// Loaded only by server/index.ts inside Kibana: @kbn/config-schema does not exist outside a checkout.
import { schema, type TypeOf } from '@kbn/config-schema';
import { DEFAULT_CONFIG } from './config';
import { kubernetesNamespaceSchema } from '../common/validation/kubernetes_names';
import { REMOTE_STATUS_TIMEOUT_BOUNDS } from '../common/api/remote_status';

const validateNamespace = (value: string) => {
  const result = kubernetesNamespaceSchema.safeParse(value);
  return result.success ? undefined : `[${value}] ${result.error.issues[0].message}`;
};

export const configSchema = schema.object({
  kubernetes: schema.object({
    kubeconfig: schema.maybe(schema.string({ minLength: 1 })),
    context: schema.maybe(schema.string({ minLength: 1 })),
    inCluster: schema.boolean({ defaultValue: DEFAULT_CONFIG.kubernetes.inCluster }),
    namespaces: schema.arrayOf(schema.string({ validate: validateNamespace }), {
      defaultValue: DEFAULT_CONFIG.kubernetes.namespaces,
    }),
    requestTimeoutMs: schema.number({
      min: 100,
      max: 300_000,
      defaultValue: DEFAULT_CONFIG.kubernetes.requestTimeoutMs,
    }),
  }),
  elasticsearch: schema.object({
    requestTimeoutMs: schema.number({
      min: 100,
      max: 300_000,
      defaultValue: DEFAULT_CONFIG.elasticsearch.requestTimeoutMs,
    }),
  }),
  caWatch: schema.object({
    intervalMinutes: schema.number({ min: 1, max: 1440, defaultValue: DEFAULT_CONFIG.caWatch.intervalMinutes }),
    warningDays: schema.number({ min: 1, max: 365, defaultValue: DEFAULT_CONFIG.caWatch.warningDays }),
  }),
  apiKeys: schema.object({
    expiryWarningDays: schema.number({ min: 1, max: 365, defaultValue: DEFAULT_CONFIG.apiKeys.expiryWarningDays }),
  }),
  remoteStatus: schema.object({
    timeoutMs: schema.number({
      min: REMOTE_STATUS_TIMEOUT_BOUNDS.minMs,
      max: REMOTE_STATUS_TIMEOUT_BOUNDS.maxMs,
      defaultValue: DEFAULT_CONFIG.remoteStatus.timeoutMs,
    }),
  }),
});

export type ConfigSchemaType = TypeOf<typeof configSchema>;
