import { EuiHealth, type EuiStepStatus } from '@elastic/eui';
import type { StepStatus } from '../../../../common/plan/plan_types';
import { strings } from '../../strings';

const HEALTH_COLORS = {
  done: 'success',
  ready: 'primary',
  waiting: 'accent',
  manual: 'warning',
  blocked: 'subdued',
} as const satisfies Record<StepStatus, string>;

/** How EuiSteps draws each status: a check, the current step, a spinner, attention, greyed out. */
export const EUI_STEP_STATUS = {
  done: 'complete',
  ready: 'current',
  waiting: 'loading',
  manual: 'warning',
  blocked: 'disabled',
} as const satisfies Record<StepStatus, EuiStepStatus>;

export function StepStatusIndicator({ status }: { status: StepStatus }) {
  return (
    <EuiHealth color={HEALTH_COLORS[status]} data-test-subj={`stepStatus-${status}`}>
      {strings.connect.status[status]}
    </EuiHealth>
  );
}
