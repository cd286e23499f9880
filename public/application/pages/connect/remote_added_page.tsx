import { EuiButton, EuiButtonEmpty, EuiEmptyPrompt, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';
import { useAppLink } from '../../hooks/use_app_link';
import { useKibanaLink } from '../../hooks/use_kibana_link';
import { connectPath, OVERVIEW_PATH } from '../../router/app_routes';
import { useHistoryLocation } from '../../router/use_history_location';
import { useAppServices } from '../../services/app_services';
import { remoteClusterDetailsLocation } from '../../services/kibana_locations';
import { strings } from '../../strings';
import { DiagnoseAndValidateLinks } from './diagnose_and_validate_links';

const { remoteAdded: labels } = strings.connect;

interface EckCluster {
  namespace: string;
  name: string;
}

function ContinueWithPlanButton({ alias, eckCluster }: { alias: string; eckCluster: EckCluster }) {
  const link = useAppLink(`${connectPath(eckCluster.namespace, eckCluster.name)}?alias=${encodeURIComponent(alias)}`);
  return (
    <EuiButton fill iconType="list" {...link} data-test-subj="continueWithPlan">
      {labels.continueWithPlan(eckCluster.namespace, eckCluster.name)}
    </EuiButton>
  );
}

function AddedActions({ alias, eckCluster }: { alias: string; eckCluster?: EckCluster }) {
  const details = useKibanaLink(remoteClusterDetailsLocation(alias));
  const back = useAppLink(OVERVIEW_PATH);
  return (
    <EuiFlexGroup gutterSize="s" justifyContent="center" wrap responsive={false}>
      {eckCluster && (
        <EuiFlexItem grow={false}>
          <ContinueWithPlanButton alias={alias} eckCluster={eckCluster} />
        </EuiFlexItem>
      )}
      <EuiFlexItem grow={false}>
        <EuiButton {...details} data-test-subj={`openInRemoteClusters-${alias}`}>
          {strings.remoteClusters.openInRemoteClusters}
        </EuiButton>
      </EuiFlexItem>
      <DiagnoseAndValidateLinks alias={alias} eckCluster={eckCluster} />
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty {...back} data-test-subj="backToOverview">
          {strings.navigation.backToOverview}
        </EuiButtonEmpty>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

/**
 * Where Kibana's Remote Clusters form returns to: `?cluster=<alias>` after a save, nothing after a
 * cancel. A remote added by hand for an ECK cluster still needs the trust and credentials only
 * this app's plan checks, so the plan is offered first.
 */
export function RemoteAddedPage({ eckCluster }: { eckCluster?: EckCluster }) {
  const { history } = useAppServices();
  const alias = new URLSearchParams(useHistoryLocation(history).search).get('cluster');
  const back = useAppLink(OVERVIEW_PATH);

  if (!alias) {
    return (
      <EuiEmptyPrompt
        iconType="cross"
        title={<h1>{labels.cancelledTitle}</h1>}
        body={<p>{labels.cancelledBody}</p>}
        actions={
          <EuiButton {...back} data-test-subj="backToOverview">
            {strings.navigation.backToOverview}
          </EuiButton>
        }
        data-test-subj="remoteNotAdded"
      />
    );
  }
  return (
    <EuiEmptyPrompt
      iconType="checkInCircleFilled"
      color="success"
      title={<h1>{labels.title(alias)}</h1>}
      body={<p>{eckCluster ? labels.bodyForEckCluster(eckCluster.namespace, eckCluster.name) : labels.body}</p>}
      actions={<AddedActions alias={alias} eckCluster={eckCluster} />}
      data-test-subj="remoteAdded"
    />
  );
}
