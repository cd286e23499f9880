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

/**
 * How EuiSteps draws each status: a check, the current step, a spinner, attention, not started.
 * Not `disabled` for blocked steps: EUI greys its number below the contrast a title needs, and
 * a blocked step's title still has to be read.
 */
export const EUI_STEP_STATUS = {
  done: 'complete',
  ready: 'current',
  waiting: 'loading',
  manual: 'warning',
  blocked: 'incomplete',
} as const satisfies Record<StepStatus, EuiStepStatus>;

export function StepStatusIndicator({ status }: { status: StepStatus }) {
  return (
    <EuiHealth color={HEALTH_COLORS[status]} data-test-subj={`stepStatus-${status}`}>
      {strings.connect.status[status]}
    </EuiHealth>
  );
}
