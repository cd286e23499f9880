import type { ListEckClustersResponse } from '../../../../common/api/eck_clusters';
import { RequestView } from '../../components/request_view';
import type { RequestState } from '../../hooks/use_request';
import { strings } from '../../strings';
import { EckClustersEmptyPrompt } from './eck_clusters_empty_prompt';
import { EckClustersTable } from './eck_clusters_table';
import { TitledSection } from '../../components/titled_section';
import { LastUpdated } from './last_updated';

const searchedNamespaces = ({ namespaces }: ListEckClustersResponse) =>
  namespaces ? strings.eckClusters.searchedNamespaces(namespaces) : strings.eckClusters.searchedAllNamespaces;

export function EckClustersSection({
  request,
  updatedAt,
}: {
  request: RequestState<ListEckClustersResponse>;
  updatedAt?: Date;
}) {
  const { data } = request;
  return (
    <TitledSection
      title={strings.eckClusters.title}
      description={data && searchedNamespaces(data)}
      actions={<LastUpdated at={updatedAt} testSubj="eckClustersUpdatedAt" />}
      data-test-subj="eckClustersSection"
    >
      <RequestView request={request} testSubjPrefix="eckClusters" loadingLabel={strings.eckClusters.loadingLabel}>
        {({ clusters, namespaces }, isLoading) =>
          clusters.length === 0 ? (
            <EckClustersEmptyPrompt namespaces={namespaces} />
          ) : (
            <EckClustersTable clusters={clusters} isLoading={isLoading} />
          )
        }
      </RequestView>
    </TitledSection>
  );
}
