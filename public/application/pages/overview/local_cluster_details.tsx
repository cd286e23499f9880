import { EuiDescriptionList } from '@elastic/eui';
import type { LocalClusterInfo } from '../../../../common/types/local_cluster';
import { strings } from '../../strings';

/** What decides which remotes the local cluster can reach: its version and licence. */
export function LocalClusterDetails({ cluster }: { cluster: LocalClusterInfo }) {
  const listItems = [
    { title: strings.localCluster.version, description: cluster.version },
    { title: strings.localCluster.uuid, description: cluster.uuid },
    {
      title: strings.localCluster.license,
      description: strings.localCluster.licenseValue(cluster.license.type, cluster.license.status),
    },
  ];
  return <EuiDescriptionList type="inline" compressed listItems={listItems} data-test-subj="localClusterDetails" />;
}
