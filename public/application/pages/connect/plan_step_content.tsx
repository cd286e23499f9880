import { EuiBadge, EuiButton, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText, EuiToolTip } from '@elastic/eui';
import type { PlanStep } from '../../../../common/plan/plan_types';
import { RequestErrorCallout } from '../../components/request_error_callout';
import { strings } from '../../strings';
import { ApplyStepButton } from './apply_step_button';
import { CheckResult } from './check_result';
import { ManualInstructions } from './manual_instructions';
import { PlannedChanges } from './planned_changes';
import { StepEvidence } from './step_evidence';
import { StepStatusIndicator } from './step_status';
import { StepWarnings } from './step_warnings';
import type { StepActions } from './use_step_actions';

const { step: labels, actions: actionLabels } = strings.connect;

interface Props {
  step: PlanStep;
  actions: StepActions;
}

/** One step of the plan: its status and why, then what the plugin or the admin does next. */
export function PlanStepContent({ step, actions }: Props) {
  const isBusy = actions.busyStep === step.id;
  const otherBusy = actions.busyStep !== undefined && !isBusy;
  const checked = actions.checked?.stepId === step.id && step.status !== 'done' ? actions.checked : undefined;
  const failure = actions.failure?.stepId === step.id ? actions.failure.error : undefined;
  const canCheckAgain = step.status === 'manual' || step.status === 'waiting';

  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <StepStatusIndicator status={step.status} />
        </EuiFlexItem>
        {step.optional && (
          <EuiFlexItem grow={false}>
            <EuiToolTip content={labels.optionalHelp}>
              <EuiBadge color="hollow" tabIndex={0} data-test-subj={`stepOptional-${step.id}`}>
                {labels.optional}
              </EuiBadge>
            </EuiToolTip>
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      <EuiSpacer size="xs" />
      <EuiText size="s">
        <p data-test-subj={`stepReason-${step.id}`}>{step.reason}</p>
      </EuiText>
      <StepWarnings stepId={step.id} warnings={step.warnings} />
      {step.status === 'ready' && (
        <>
          <EuiSpacer size="m" />
          <PlannedChanges stepId={step.id} changes={step.changes} title={labels.plannedChanges} />
        </>
      )}
      {step.status === 'waiting' && (
        <EuiText size="s" color="subdued">
          <p data-test-subj={`waitingFor-${step.id}`}>
            {step.waitingFor ? labels.waitingFor(step.waitingFor) : labels.waitingNotice}
          </p>
        </EuiText>
      )}
      {step.status === 'manual' && step.instructions && (
        <ManualInstructions stepId={step.id} instructions={step.instructions} />
      )}
      {step.status === 'manual' && step.changes.length > 0 && (
        <>
          <EuiSpacer size="m" />
          <PlannedChanges stepId={step.id} changes={step.changes} title={labels.changesOnCheck} />
        </>
      )}
      {checked && (
        <>
          <EuiSpacer size="m" />
          <CheckResult step={step} reloadFailures={checked.reloadFailures} />
        </>
      )}
      {failure && (
        <>
          <EuiSpacer size="m" />
          <RequestErrorCallout error={failure} testSubjPrefix={`stepAction-${step.id}`} />
        </>
      )}
      {(step.status === 'ready' || canCheckAgain) && (
        <>
          <EuiSpacer size="m" />
          <EuiFlexGroup gutterSize="s" responsive={false}>
            <EuiFlexItem grow={false}>
              {step.status === 'ready' ? (
                <ApplyStepButton
                  step={step}
                  onApply={() => actions.apply(step.id)}
                  isApplying={isBusy}
                  isDisabled={otherBusy}
                />
              ) : (
                <EuiButton
                  iconType="refresh"
                  isLoading={isBusy}
                  isDisabled={otherBusy}
                  onClick={() => actions.checkAgain(step.id)}
                  aria-label={actionLabels.checkAgainAriaLabel(step.title)}
                  data-test-subj={`checkAgain-${step.id}`}
                >
                  {actionLabels.checkAgain}
                </EuiButton>
              )}
            </EuiFlexItem>
          </EuiFlexGroup>
        </>
      )}
      {step.evidence.length > 0 && <EuiSpacer size="m" />}
      <StepEvidence stepId={step.id} evidence={step.evidence} />
    </>
  );
}
