import { useState } from 'react';
import { toApiError, type ApiError } from '../../services/api_error';
import { useAppServices } from '../../services/app_services';
import {
  applyStep,
  checkAppliesStep,
  readPlan,
  type ConnectionPlanResponse,
  type NewApiKey,
  type ReloadFailure,
  type SubmittedConnection,
} from './connection_model';

export type { NewApiKey, ReloadFailure } from './connection_model';

export interface StepActions {
  /** The step being applied or checked; one at a time. */
  busyStep?: string;
  failure?: { stepId: string; error: ApiError };
  /** The step last checked, and the nodes whose reload failed when the check reloaded them. */
  checked?: { stepId: string; reloadFailures?: ReloadFailure[] };
  /** The key the last apply created, until the admin says it is copied. Only ever in this state. */
  apiKey?: NewApiKey;
  dismissApiKey: () => void;
  apply: (stepId: string) => void;
  checkAgain: (stepId: string) => void;
}

interface PlanUpdates {
  receive: (plan: ConnectionPlanResponse, forRequest: SubmittedConnection, sentAt?: number) => void;
  mark: () => number;
}

/** Applying and checking steps of either model; each answer carries the new plan, handed to `receive`. */
export function useStepActions(submitted: SubmittedConnection, { receive, mark }: PlanUpdates): StepActions {
  const { api } = useAppServices();
  const [busyStep, setBusyStep] = useState<string>();
  const [failure, setFailure] = useState<StepActions['failure']>();
  const [checked, setChecked] = useState<StepActions['checked']>();
  const [apiKey, setApiKey] = useState<NewApiKey>();

  async function run(stepId: string, action: () => Promise<ConnectionPlanResponse>) {
    setBusyStep(stepId);
    setFailure(undefined);
    setChecked(undefined);
    const sentAt = mark();
    try {
      receive(await action(), submitted, sentAt);
    } catch (error) {
      setFailure({ stepId, error: toApiError(error) });
    } finally {
      setBusyStep(undefined);
    }
  }

  const apply = async (stepId: string) => {
    const response = await applyStep(api, submitted, stepId);
    if (response.apiKey) setApiKey(response.apiKey);
    return response;
  };

  return {
    busyStep,
    failure,
    checked,
    apiKey,
    dismissApiKey: () => setApiKey(undefined),
    apply: (stepId) => void run(stepId, async () => (await apply(stepId)).plan),
    checkAgain: (stepId) =>
      void run(stepId, async () => {
        if (checkAppliesStep(stepId)) {
          const response = await apply(stepId);
          setChecked({ stepId, reloadFailures: response.reloadFailures ?? [] });
          return response.plan;
        }
        const plan = await readPlan(api, submitted);
        setChecked({ stepId });
        return plan;
      }),
  };
}
