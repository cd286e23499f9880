import { EuiFlexGroup } from '@elastic/eui';
import { DiagnoseLink } from '../doctor/diagnose_link';
import { OpenInRemoteClustersLink } from './open_in_remote_clusters_link';
import { ReconnectRemoteButton } from './reconnect_remote_button';
import { useCrossReference } from './overview_cross_reference';
import { ValidateAliasLink } from './validate_alias_link';

/** One action per line: side by side they do not fit the column. The doctor checks against the matched ECK cluster. */
export function RemoteActions({ alias }: { alias: string }) {
  const match = useCrossReference().eckClusterOf(alias);
  const eckCluster = match.state === 'known' && match.value ? match.value : undefined;
  return (
    <EuiFlexGroup direction="column" gutterSize="xs" alignItems="flexStart" responsive={false}>
      <OpenInRemoteClustersLink alias={alias} />
      <ReconnectRemoteButton alias={alias} />
      <DiagnoseLink
        alias={alias}
        eckCluster={eckCluster && { namespace: eckCluster.namespace, name: eckCluster.name }}
      />
      <ValidateAliasLink alias={alias} />
    </EuiFlexGroup>
  );
}
