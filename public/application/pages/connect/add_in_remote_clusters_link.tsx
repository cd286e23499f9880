import { EuiButtonEmpty } from '@elastic/eui';
import { useKibanaLink } from '../../hooks/use_kibana_link';
import { remoteAddedPath } from '../../router/app_routes';
import { addRemoteClusterLocation } from '../../services/kibana_locations';
import { strings } from '../../strings';

/**
 * For admins who would rather type the proxy address themselves: Kibana's own form, which comes
 * back here with the alias it saved, to check the rest with this cluster's plan.
 */
export function AddInRemoteClustersLink({ namespace, name }: { namespace: string; name: string }) {
  const link = useKibanaLink(addRemoteClusterLocation(remoteAddedPath({ namespace, name })));
  return (
    <EuiButtonEmpty iconType="popout" {...link} data-test-subj="addInRemoteClusters">
      {strings.connect.addInRemoteClusters}
    </EuiButtonEmpty>
  );
}
