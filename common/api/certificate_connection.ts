import { z } from 'zod';
import { crossClusterAccessSchema } from '../plan/api_key/cross_cluster_api_key';
import {
  CERTIFICATE_STEP_IDS,
  LOCAL_TRANSPORT_TLS_STYLES,
  TRANSPORT_VERIFICATION_MODES,
  type CertificateStepId,
  type LocalTransportTlsStyle,
  type TransportVerificationMode,
} from '../plan/certificate/certificate_steps';
import type { ConnectionPlan } from '../plan/plan_types';
import { kubernetesNameSchema, kubernetesNamespaceSchema } from '../validation/kubernetes_names';
import { remoteClusterAliasSchema } from '../validation/remote_cluster_alias';
import { serviceExposureSchema } from './service_exposure_schema';

/** The ECK transport Service, exposed on 9300 by default. */
export const transportExposureSchema = serviceExposureSchema(9300);

/**
 * The local cluster's transport CA, pasted or uploaded. Only the structure is checked here (the
 * browser can run it too); the server parses it and refuses non-CA or expired certificates. A
 * private key is refused before anything else: the error never repeats the input.
 */
export const localTransportCaSchema = z
  .string()
  .max(65536, 'must be at most 64 KiB')
  .refine((pem) => !/PRIVATE KEY-----/.test(pem), {
    message: 'contains a private key: paste only the CA certificate (the private key never leaves the local cluster)',
  })
  .refine((pem) => /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(pem), {
    message: 'must be a PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)',
  });

/** Role names as Elasticsearch accepts them, restricted to what is safe in a URL path and a command. */
export const roleNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(507, 'must be at most 507 characters')
  .regex(/^[a-zA-Z0-9_@.-]+$/, "must contain only letters, digits, '_', '@', '.' and '-'");

export const certificateConnectionRequestSchema = z.strictObject({
  target: z.strictObject({
    alias: remoteClusterAliasSchema,
    namespace: kubernetesNamespaceSchema,
    name: kubernetesNameSchema,
  }),
  choices: z.strictObject({
    exposure: transportExposureSchema,
    /** Needed by `trust_local_ca_on_eck`; without it that step asks for it. */
    localTransportCa: localTransportCaSchema.optional(),
    /**
     * The ConfigMap holding the local CA. Default: the one the cluster already references, else
     * `<name>-remote-ca`.
     */
    configMapName: kubernetesNameSchema.optional(),
    /** The admin's answer when the node APIs do not reveal how local transport TLS trusts CAs. */
    localTransportTls: z.enum(LOCAL_TRANSPORT_TLS_STYLES).optional(),
    /** The admin's answer when `xpack.security.transport.ssl.verification_mode` cannot be read. */
    localVerificationMode: z.enum(TRANSPORT_VERIFICATION_MODES).optional(),
    /** The same role name on both clusters. Default: `remote-<alias>` (see `certificateRoleName`). */
    roleName: roleNameSchema.optional(),
    /** What the role grants on the remote cluster's indices. */
    access: crossClusterAccessSchema,
    skipUnavailable: z.boolean().default(true),
    proxySocketConnections: z.number().int().min(1).max(1024).optional(),
    replaceExisting: z.boolean().default(false),
  }),
});
export type CertificateConnectionRequest = z.infer<typeof certificateConnectionRequestSchema>;

export const applyCertificateStepRequestSchema = certificateConnectionRequestSchema.extend({
  step: z.enum(CERTIFICATE_STEP_IDS),
});
export type ApplyCertificateStepRequest = z.infer<typeof applyCertificateStepRequestSchema>;

/** Whether this pair of clusters could use the API key model instead (the UI's one-click switch). */
export interface ApiKeyModelAvailability {
  qualifies: boolean;
  /** Why, or why not, in plain words. */
  reason: string;
}

/** How local transport TLS trusts CAs, as observed or as the admin answered. */
export interface LocalTransportTlsFacts {
  /** `null`: unknown, the admin must choose `choices.localTransportTls`. */
  style: LocalTransportTlsStyle | null;
  source: 'observed' | 'choice' | null;
  /** `null`: unknown, the admin must choose `choices.localVerificationMode`. */
  verificationMode: TransportVerificationMode | null;
  /** Certificate paths from `_ssl/certificates`, such as `certs/transport.p12`. */
  paths: string[];
}

export interface CertificatePlanResponse extends ConnectionPlan<CertificateStepId> {
  /** The certificate model is deprecated since Elasticsearch 9.0. */
  deprecated: true;
  apiKeyModel: ApiKeyModelAvailability;
  localTransportTls: LocalTransportTlsFacts;
  /** The role name used on both clusters. */
  roleName: string;
}

export interface ApplyCertificateStepResponse {
  /** False when the step was already done or is waiting: applying twice changes nothing. */
  applied: boolean;
  plan: CertificatePlanResponse;
}
