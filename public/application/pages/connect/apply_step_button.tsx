import { useState } from 'react';
import { EuiButton, EuiConfirmModal, EuiSpacer, EuiText, useGeneratedHtmlId } from '@elastic/eui';
import type { PlanStep } from '../../../../common/plan/plan_types';
import { strings } from '../../strings';
import { PlannedChanges } from './planned_changes';
import { StepWarnings } from './step_warnings';

const { actions: labels } = strings.connect;

interface Props {
  step: PlanStep;
  onApply: () => void;
  isApplying: boolean;
  /** Another step is being applied: one change at a time. */
  isDisabled: boolean;
}

/** Nothing changes before the admin has seen exactly what will, and confirmed it. */
export function ApplyStepButton({ step, onApply, isApplying, isDisabled }: Props) {
  const [isConfirming, setIsConfirming] = useState(false);
  const titleId = useGeneratedHtmlId({ prefix: `applyConfirmTitle-${step.id}` });
  return (
    <>
      <EuiButton
        fill
        iconType="play"
        isLoading={isApplying}
        isDisabled={isDisabled}
        onClick={() => setIsConfirming(true)}
        aria-label={labels.applyAriaLabel(step.title)}
        data-test-subj={`apply-${step.id}`}
      >
        {labels.apply}
      </EuiButton>
      {isConfirming && (
        <EuiConfirmModal
          title={labels.confirmTitle(step.title)}
          titleProps={{ id: titleId }}
          aria-labelledby={titleId}
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => {
            setIsConfirming(false);
            onApply();
          }}
          confirmButtonText={labels.confirmButton}
          cancelButtonText={labels.cancelButton}
          defaultFocusedButton="confirm"
          maxWidth={880}
          data-test-subj={`applyConfirm-${step.id}`}
        >
          <EuiText size="s">
            <p>{step.reason}</p>
          </EuiText>
          <StepWarnings stepId={`confirm-${step.id}`} warnings={step.warnings} />
          <EuiSpacer size="m" />
          {step.changes.length > 0 ? (
            <PlannedChanges stepId={`confirm-${step.id}`} changes={step.changes} title={labels.confirmIntro} />
          ) : (
            <EuiText size="s">
              <p>{labels.confirmNoChanges}</p>
            </EuiText>
          )}
        </EuiConfirmModal>
      )}
    </>
  );
}
