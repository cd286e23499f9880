import { EuiSteps } from '@elastic/eui';
import type { ConnectionPlan } from '../../../../common/plan/plan_types';
import { PlanStepContent } from './plan_step_content';
import { EUI_STEP_STATUS } from './step_status';
import type { StepActions } from './use_step_actions';

export function PlanSteps({ plan, actions }: { plan: ConnectionPlan; actions: StepActions }) {
  return (
    <EuiSteps
      titleSize="xs"
      headingElement="h3"
      data-test-subj="planSteps"
      steps={plan.steps.map((step) => ({
        title: step.title,
        status: EUI_STEP_STATUS[step.status],
        'data-test-subj': `step-${step.id}`,
        children: <PlanStepContent step={step} actions={actions} />,
      }))}
    />
  );
}
