import { EuiBadge, EuiFlexGroup, EuiIconTip } from '@elastic/eui';
import type { EckPhase } from '../../../../common/types/eck_cluster';
import { strings } from '../../strings';

const PHASE_COLORS = {
  Ready: 'success',
  ApplyingChanges: 'primary',
  MigratingData: 'primary',
  Stalled: 'warning',
  Invalid: 'danger',
} as const satisfies Record<EckPhase, string>;

interface Props {
  phase: EckPhase | null;
  /** False while ECK has not reconciled the latest change, so the phase describes an older spec. */
  changesObserved: boolean;
}

export function EckPhaseBadge({ phase, changesObserved }: Props) {
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap>
      <EuiBadge color={phase ? PHASE_COLORS[phase] : 'hollow'} data-test-subj="eckPhase">
        {phase ? strings.eckClusters.phases[phase] : strings.eckClusters.unknownPhase}
      </EuiBadge>
      {!changesObserved && (
        <EuiIconTip
          type="clock"
          color="subdued"
          content={strings.eckClusters.changesNotObserved}
          iconProps={{ 'data-test-subj': 'eckChangesNotObserved' }}
        />
      )}
    </EuiFlexGroup>
  );
}
