import { EuiLink } from '@elastic/eui';
import { useKibanaLink } from '../../hooks/use_kibana_link';
import { remoteClusterDetailsLocation } from '../../services/kibana_locations';
import { strings } from '../../strings';

/** Kibana's Remote Clusters page edits and deletes remotes; this app does not duplicate it. */
export function OpenInRemoteClustersLink({ alias }: { alias: string }) {
  const link = useKibanaLink(remoteClusterDetailsLocation(alias));
  return (
    <EuiLink
      {...link}
      aria-label={strings.remoteClusters.openInRemoteClustersAriaLabel(alias)}
      data-test-subj={`openInRemoteClusters-${alias}`}
    >
      {strings.remoteClusters.openInRemoteClusters}
    </EuiLink>
  );
}
