import type {
  ApiKeyConnectionRequest,
  ApiKeyPlanResponse,
  ApplyApiKeyStepResponse,
} from '../../../../common/api/api_key_connection';
import type {
  CertificateConnectionRequest,
  CertificatePlanResponse,
} from '../../../../common/api/certificate_connection';
import type { ApiKeyStepId } from '../../../../common/plan/api_key/api_key_steps';
import type { CertificateStepId } from '../../../../common/plan/certificate/certificate_steps';
import type { ApiClient, RequestOptions } from '../../services/api_client';

/** The choices last submitted, with the security model they are for: what the plan is read for. */
export type SubmittedConnection =
  | { model: 'api_key'; request: ApiKeyConnectionRequest }
  | { model: 'certificate'; request: CertificateConnectionRequest };

export type ConnectionPlanResponse = ApiKeyPlanResponse | CertificatePlanResponse;

export type NewApiKey = NonNullable<ApplyApiKeyStepResponse['apiKey']>;
export type ReloadFailure = NonNullable<ApplyApiKeyStepResponse['reloadFailures']>[number];

/** What applying a step answers, whatever the model: the new plan, and what only the API key model has. */
export interface StepApplyResult {
  plan: ConnectionPlanResponse;
  apiKey?: NewApiKey;
  reloadFailures?: ReloadFailure[];
}

/**
 * Manual steps whose check is the plugin's own half of the step: after the admin has written every
 * keystore, reloading secure settings is what makes the nodes read it.
 */
const CHECK_APPLIES_STEP: ReadonlySet<string> = new Set<ApiKeyStepId>(['add_credentials_to_keystore']);

export const checkAppliesStep = (stepId: string) => CHECK_APPLIES_STEP.has(stepId);

/** Reads the plan of either model through its own route. */
export function readPlan(
  api: ApiClient,
  submitted: SubmittedConnection,
  options?: RequestOptions,
): Promise<ConnectionPlanResponse> {
  return submitted.model === 'api_key'
    ? api.planApiKeyConnection(submitted.request, options)
    : api.planCertificateConnection(submitted.request, options);
}

/** Applies one step of the plan on screen: its id is one the server wrote for this model. */
export function applyStep(api: ApiClient, submitted: SubmittedConnection, stepId: string): Promise<StepApplyResult> {
  return submitted.model === 'api_key'
    ? api.applyApiKeyStep({ ...submitted.request, step: stepId as ApiKeyStepId })
    : api.applyCertificateStep({ ...submitted.request, step: stepId as CertificateStepId });
}

/** The certificate model's extra facts, when the plan is one. */
export const certificateFacts = (plan: ConnectionPlanResponse): CertificatePlanResponse | undefined =>
  'apiKeyModel' in plan ? plan : undefined;
