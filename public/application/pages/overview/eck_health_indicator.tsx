import { EuiHealth } from '@elastic/eui';
import type { EckHealth } from '../../../../common/types/eck_cluster';
import { strings } from '../../strings';

const HEALTH_COLORS = {
  green: 'success',
  yellow: 'warning',
  red: 'danger',
  unknown: 'subdued',
} as const satisfies Record<EckHealth, string>;

export function EckHealthIndicator({ health }: { health: EckHealth }) {
  return (
    <EuiHealth color={HEALTH_COLORS[health]} data-test-subj={`eckHealth-${health}`}>
      {strings.eckClusters.health[health]}
    </EuiHealth>
  );
}
