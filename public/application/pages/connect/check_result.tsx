import { EuiCallOut } from '@elastic/eui';
import type { PlanStep } from '../../../../common/plan/plan_types';
import { strings } from '../../strings';
import type { ReloadFailure } from './use_step_actions';

const { actions: labels } = strings.connect;

interface Props {
  step: PlanStep;
  /** Present when the check reloaded secure settings. */
  reloadFailures?: ReloadFailure[];
}

/** The outcome of "Check again" on a step that is still not done: what failed, and where it is missing. */
export function CheckResult({ step, reloadFailures }: Props) {
  const failed = reloadFailures !== undefined && reloadFailures.length > 0;
  const pendingNodes = step.instructions?.pendingNodes ?? [];
  return (
    <EuiCallOut
      size="s"
      color={failed ? 'danger' : 'primary'}
      iconType={failed ? 'error' : 'info'}
      title={pendingNodes.length > 0 ? labels.checkedStillPending(pendingNodes) : labels.checkedNotDone}
      // The answer to a click that may change nothing on screen: screen readers hear it.
      announceOnMount
      data-test-subj={`checkResult-${step.id}`}
    >
      {reloadFailures && (
        <ul>
          {failed ? (
            reloadFailures.map(({ node, error }) => <li key={node}>{labels.reloadFailed(node, error)}</li>)
          ) : (
            <li>{labels.reloadSucceeded}</li>
          )}
        </ul>
      )}
    </EuiCallOut>
  );
}
