import { useCallback, useState } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiPanel,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type {
  ApplyKeyRotationStepResponse,
  KeyRotationPlanResponse,
  KeyRotationRequest,
} from '../../../../common/api/key_lifecycle';
import type { KeyRotationStepId } from '../../../../common/key_lifecycle/key_rotation_steps';
import type { PlanStep } from '../../../../common/plan/plan_types';
import { RequestErrorCallout } from '../../components/request_error_callout';
import { useRequest, type SendRequest } from '../../hooks/use_request';
import { toApiError, type ApiError } from '../../services/api_error';
import { useAppServices } from '../../services/app_services';
import { ManualInstructions } from '../connect/manual_instructions';
import { NewApiKeyCallout } from '../connect/new_api_key_callout';
import { StepStatusIndicator } from '../connect/step_status';
import { keysStrings } from './keys_strings';

const labels = keysStrings.rotation;

interface Props {
  target: KeyRotationRequest['target'];
  onClose: () => void;
}

function RotationStep(props: {
  step: PlanStep<KeyRotationStepId>;
  busy: boolean;
  onApply: (step: KeyRotationStepId) => void;
}) {
  const { step, busy, onApply } = props;
  const canApply = step.status === 'ready' || step.status === 'manual';
  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj={`rotationStep-${step.id}`}>
      <EuiTitle size="xs">
        <h3>{step.title}</h3>
      </EuiTitle>
      <StepStatusIndicator status={step.status} />
      <EuiText size="s">
        <p>{step.reason}</p>
        {step.warnings.map((warning) => (
          <p key={warning}>
            <em>{warning}</em>
          </p>
        ))}
      </EuiText>
      {step.instructions && <ManualInstructions stepId={step.id} instructions={step.instructions} />}
      {canApply && (
        <>
          <EuiSpacer size="s" />
          <EuiButton
            size="s"
            fill={step.status === 'ready'}
            isLoading={busy}
            onClick={() => onApply(step.id)}
            data-test-subj={`applyRotationStep-${step.id}`}
          >
            {step.id === 'update_keystores' ? labels.reload : labels.apply}
          </EuiButton>
        </>
      )}
    </EuiPanel>
  );
}

/**
 * The rotation of one alias's key, step by step, as the server derives it from live state. The new
 * key is shown once, held only in this component's state, and gone when the flyout closes.
 */
export function KeyRotationFlyout({ target, onClose }: Props) {
  const { api } = useAppServices();
  const send = useCallback<SendRequest<KeyRotationPlanResponse>>(
    ({ signal }) => api.planKeyRotation({ target }, { signal }),
    [api, target],
  );
  const request = useRequest(send);
  const [result, setResult] = useState<ApplyKeyRotationStepResponse>();
  const [apiKey, setApiKey] = useState<ApplyKeyRotationStepResponse['apiKey']>();
  const [applyError, setApplyError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const plan = result?.plan ?? request.data;

  const apply = async (step: KeyRotationStepId) => {
    setBusy(true);
    setApplyError(undefined);
    try {
      const response = await api.applyKeyRotationStep({ target, step });
      setResult(response);
      if (response.apiKey) setApiKey(response.apiKey);
    } catch (error) {
      setApplyError(toApiError(error));
    } finally {
      setBusy(false);
    }
  };
  const checkAgain = () => {
    setResult(undefined);
    request.reload();
  };
  const failedNodes = result?.reloadFailures?.map((failure) => failure.node) ?? [];

  return (
    <EuiFlyout onClose={onClose} size="m" aria-labelledby="keyRotationTitle" data-test-subj="keyRotationFlyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id="keyRotationTitle">{labels.title(target.alias, `${target.namespace}/${target.name}`)}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {apiKey && <NewApiKeyCallout apiKey={apiKey} onDismiss={() => setApiKey(undefined)} />}
        {applyError && <RequestErrorCallout error={applyError} testSubjPrefix="rotationApply" />}
        {failedNodes.length > 0 && (
          <EuiCallOut
            color="danger"
            title={labels.reloadFailures(failedNodes.join(', '))}
            data-test-subj="reloadFailures"
          />
        )}
        {request.error && !result && <RequestErrorCallout error={request.error} testSubjPrefix="rotationPlan" />}
        {plan?.lastRotation && (
          <EuiText size="s" data-test-subj="lastRotation">
            <p>{labels.lastRotation(plan.lastRotation.from, plan.lastRotation.to)}</p>
          </EuiText>
        )}
        <EuiSpacer size="s" />
        {plan?.steps.map((step) => (
          <div key={step.id}>
            <RotationStep step={step} busy={busy} onApply={(id) => void apply(id)} />
            <EuiSpacer size="s" />
          </div>
        ))}
        <EuiButton size="s" iconType="refresh" onClick={checkAgain} data-test-subj="rotationCheckAgain">
          {labels.checkAgain}
        </EuiButton>
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
