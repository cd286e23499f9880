import { EuiButton, EuiEmptyPrompt } from '@elastic/eui';
import { useKibanaLink } from '../../hooks/use_kibana_link';
import { addRemoteClusterLocation } from '../../services/kibana_locations';
import { strings } from '../../strings';

export function RemoteClustersEmptyPrompt({ localClusterName }: { localClusterName: string }) {
  const addLink = useKibanaLink(addRemoteClusterLocation());
  return (
    <EuiEmptyPrompt
      iconType="cluster"
      titleSize="xs"
      title={<h3>{strings.remoteClusters.emptyTitle}</h3>}
      body={<p>{strings.remoteClusters.emptyBody(localClusterName)}</p>}
      actions={
        <EuiButton {...addLink} iconType="plusInCircle" data-test-subj="addRemoteClusterButton">
          {strings.remoteClusters.addRemoteCluster}
        </EuiButton>
      }
      data-test-subj="remoteClustersEmpty"
    />
  );
}
