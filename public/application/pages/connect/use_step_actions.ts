import { useState } from 'react';
import type {
  ApiKeyConnectionRequest,
  ApiKeyPlanResponse,
  ApplyApiKeyStepResponse,
} from '../../../../common/api/api_key_connection';
import type { ApiKeyStepId } from '../../../../common/plan/api_key/api_key_steps';
import { toApiError, type ApiError } from '../../services/api_error';
import { useAppServices } from '../../services/app_services';

export type NewApiKey = NonNullable<ApplyApiKeyStepResponse['apiKey']>;
export type ReloadFailure = NonNullable<ApplyApiKeyStepResponse['reloadFailures']>[number];

/**
 * Manual steps whose check is the plugin's own half of the step: after the admin has written every
 * keystore, reloading secure settings is what makes the nodes read it.
 */
const CHECK_APPLIES_STEP: ReadonlySet<ApiKeyStepId> = new Set(['add_credentials_to_keystore']);

export interface StepActions {
  /** The step being applied or checked; one at a time. */
  busyStep?: ApiKeyStepId;
  failure?: { stepId: ApiKeyStepId; error: ApiError };
  /** The step last checked, and the nodes whose reload failed when the check reloaded them. */
  checked?: { stepId: ApiKeyStepId; reloadFailures?: ReloadFailure[] };
  /** The key the last apply created, until the admin says it is copied. Only ever in this state. */
  apiKey?: NewApiKey;
  dismissApiKey: () => void;
  apply: (stepId: ApiKeyStepId) => void;
  checkAgain: (stepId: ApiKeyStepId) => void;
}

/** Applying and checking steps; each answer carries the new plan, handed to `receive`. */
export function useStepActions(
  request: ApiKeyConnectionRequest,
  receive: (plan: ApiKeyPlanResponse, forRequest: ApiKeyConnectionRequest) => void,
): StepActions {
  const { api } = useAppServices();
  const [busyStep, setBusyStep] = useState<ApiKeyStepId>();
  const [failure, setFailure] = useState<StepActions['failure']>();
  const [checked, setChecked] = useState<StepActions['checked']>();
  const [apiKey, setApiKey] = useState<NewApiKey>();

  async function run(stepId: ApiKeyStepId, action: () => Promise<ApiKeyPlanResponse>) {
    setBusyStep(stepId);
    setFailure(undefined);
    setChecked(undefined);
    try {
      receive(await action(), request);
    } catch (error) {
      setFailure({ stepId, error: toApiError(error) });
    } finally {
      setBusyStep(undefined);
    }
  }

  const applyStep = async (stepId: ApiKeyStepId) => {
    const response = await api.applyApiKeyStep({ ...request, step: stepId });
    if (response.apiKey) setApiKey(response.apiKey);
    return response;
  };

  return {
    busyStep,
    failure,
    checked,
    apiKey,
    dismissApiKey: () => setApiKey(undefined),
    apply: (stepId) => void run(stepId, async () => (await applyStep(stepId)).plan),
    checkAgain: (stepId) =>
      void run(stepId, async () => {
        if (CHECK_APPLIES_STEP.has(stepId)) {
          const response = await applyStep(stepId);
          setChecked({ stepId, reloadFailures: response.reloadFailures ?? [] });
          return response.plan;
        }
        const plan = await api.planApiKeyConnection(request);
        setChecked({ stepId });
        return plan;
      }),
  };
}
