import { EuiButton, EuiCallOut, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';
import type { ConnectionPlan } from '../../../../common/plan/plan_types';
import { useKibanaLink } from '../../hooks/use_kibana_link';
import { remoteClusterDetailsLocation } from '../../services/kibana_locations';
import { strings } from '../../strings';
import { DiagnoseAndValidateLinks } from './diagnose_and_validate_links';

const { complete: labels } = strings.connect;

/**
 * Shown once the connection is verified. Steps that remain (the optional local role needs
 * manage_security, which many admins lack) are named rather than hidden.
 */
export function ConnectionCompletePanel({ plan }: { plan: ConnectionPlan }) {
  const { alias, namespace, name } = plan.target;
  const link = useKibanaLink(remoteClusterDetailsLocation(alias));
  const remaining = plan.steps.filter((step) => step.status !== 'done');
  return (
    <EuiCallOut
      color="success"
      iconType="checkInCircleFilled"
      title={labels.title(alias)}
      data-test-subj="connectionComplete"
    >
      <p>{labels.body(alias)}</p>
      {remaining.length === 0 ? (
        <p data-test-subj="connectionAllDone">{labels.allDone}</p>
      ) : (
        <>
          <p>{labels.remaining}</p>
          <ul data-test-subj="connectionRemainingSteps">
            {remaining.map((step) => (
              <li key={step.id}>{step.title}</li>
            ))}
          </ul>
        </>
      )}
      <EuiFlexGroup gutterSize="s" alignItems="center" wrap responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButton {...link} color="success" data-test-subj={`openInRemoteClusters-${alias}`}>
            {labels.openInRemoteClusters}
          </EuiButton>
        </EuiFlexItem>
        <DiagnoseAndValidateLinks alias={alias} eckCluster={{ namespace, name }} />
      </EuiFlexGroup>
    </EuiCallOut>
  );
}
