import { EuiSpacer } from '@elastic/eui';
import type { LocalClusterResponse } from '../../../../common/api/local_cluster';
import { RequestView } from '../../components/request_view';
import type { RequestState } from '../../hooks/use_request';
import { strings } from '../../strings';
import { LocalClusterDetails } from './local_cluster_details';
import { TitledSection } from '../../components/titled_section';
import { LastUpdated } from './last_updated';
import { RemoteClustersEmptyPrompt } from './remote_clusters_empty_prompt';
import { RemoteClustersTable } from './remote_clusters_table';

export function RemoteClustersSection({
  request,
  updatedAt,
}: {
  request: RequestState<LocalClusterResponse>;
  updatedAt?: Date;
}) {
  const title = strings.remoteClusters.title(request.data?.name);
  return (
    <TitledSection
      title={title}
      actions={<LastUpdated at={updatedAt} testSubj="remoteClustersUpdatedAt" />}
      data-test-subj="remoteClustersSection"
    >
      <RequestView request={request} testSubjPrefix="remoteClusters" loadingLabel={strings.remoteClusters.loadingLabel}>
        {(localCluster, isLoading) => (
          <>
            <LocalClusterDetails cluster={localCluster} />
            <EuiSpacer size="m" />
            {localCluster.remotes.length === 0 ? (
              <RemoteClustersEmptyPrompt localClusterName={localCluster.name} />
            ) : (
              <RemoteClustersTable remotes={localCluster.remotes} caption={title} isLoading={isLoading} />
            )}
          </>
        )}
      </RequestView>
    </TitledSection>
  );
}
