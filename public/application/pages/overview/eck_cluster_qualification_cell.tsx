import { EuiBadge, EuiFlexGroup, EuiIconTip, EuiText } from '@elastic/eui';
import type { ModelQualification } from '../../../../common/compatibility/eck_cluster_qualification';
import type { EckClusterSummary } from '../../../../common/types/eck_cluster';
import { useCrossReference } from './overview_cross_reference';
import { overviewStrings as text } from './overview_strings';

const clusterId = ({ namespace, name }: EckClusterSummary) => `${namespace}-${name}`;

function ModelBadge({ label, model, testSubj }: { label: string; model: ModelQualification; testSubj: string }) {
  const note = model.available ? model.warning : model.reason;
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false}>
      <EuiBadge
        color={model.available ? 'success' : 'default'}
        iconType={model.available ? 'check' : 'cross'}
        data-test-subj={testSubj}
        data-available={String(model.available)}
      >
        {label}
      </EuiBadge>
      {note && <EuiIconTip type="iInCircle" color="subdued" content={note} aria-label={note} />}
    </EuiFlexGroup>
  );
}

/** Whether the cluster can be connected, with which security model, and why not. */
export function EckClusterQualificationCell({ cluster }: { cluster: EckClusterSummary }) {
  const qualification = useCrossReference().qualificationOf(cluster);
  const id = clusterId(cluster);
  return (
    <div data-test-subj={`qualification-${id}`} data-can-connect={String(qualification.canConnect)}>
      {qualification.connectedAs.length > 0 && (
        <EuiText size="s" data-test-subj={`connectedAs-${id}`}>
          {text.connectedAs(qualification.connectedAs.join(', '))}
        </EuiText>
      )}
      {qualification.canConnect ? (
        <EuiFlexGroup direction="column" gutterSize="xs" responsive={false}>
          <ModelBadge label={text.apiKeyModel} model={qualification.apiKey} testSubj={`apiKeyModel-${id}`} />
          <ModelBadge
            label={text.certificateModel}
            model={qualification.certificate}
            testSubj={`certificateModel-${id}`}
          />
        </EuiFlexGroup>
      ) : (
        <>
          <EuiBadge color="danger">{text.cannotConnect}</EuiBadge>
          <EuiText size="xs" color="subdued" data-test-subj={`cannotConnectReason-${id}`}>
            {qualification.reasons.join(' ')}
          </EuiText>
        </>
      )}
      {qualification.warnings.map((warning) => (
        <EuiText key={warning} size="xs" color="warning" data-test-subj="qualificationWarning">
          {warning}
        </EuiText>
      ))}
    </div>
  );
}
