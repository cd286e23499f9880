import { useCallback } from 'react';
import { EuiButton, EuiPageHeader, EuiSpacer, EuiText } from '@elastic/eui';
import { useRequest, type SendRequest } from '../../hooks/use_request';
import type { ListEckClustersResponse } from '../../../../common/api/eck_clusters';
import { useAppServices } from '../../services/app_services';
import { strings } from '../../strings';
import { KeysPageLink } from '../keys/keys_page_link';
import { CaWatchCallout } from './ca_watch_callout';
import { EckClustersSection } from './eck_clusters_section';
import { CrossReferenceProvider } from './overview_cross_reference';
import { overviewStrings } from './overview_strings';
import { RemoteClustersSection } from './remote_clusters_section';
import { useAutoRefresh } from './use_auto_refresh';
import { useUpdatedAt } from './use_updated_at';
import { ValidateLink } from './validate_link';

/**
 * The local cluster's remotes and the ECK clusters in Kubernetes. The two come from different
 * systems, so each section loads, fails, refreshes and shows its state on its own; what one
 * section shows of the other's facts (the ECK cluster of a remote, a cluster's aliases) waits in its cells.
 */
export function OverviewPage() {
  const { api } = useAppServices();
  const localCluster = useRequest(api.getLocalCluster);
  const listEckClusters = useCallback<SendRequest<ListEckClustersResponse>>(
    ({ signal }) => api.listEckClusters({}, { signal }),
    [api],
  );
  const eckClusters = useRequest(listEckClusters);
  const caWatch = useRequest(api.getCaWatch);
  const localClusterUpdatedAt = useUpdatedAt(localCluster.data);
  const eckClustersUpdatedAt = useUpdatedAt(eckClusters.data);
  const autoRefresh = useAutoRefresh([localCluster, eckClusters, caWatch]);

  // Not disabled while loading: a request that hangs must not stop the user from retrying.
  const refresh = () => {
    localCluster.reload();
    eckClusters.reload();
    caWatch.reload();
  };

  return (
    <>
      <EuiPageHeader
        bottomBorder
        pageTitle={strings.overview.pageTitle}
        description={strings.overview.pageDescription}
        rightSideItems={[
          <ValidateLink key="validate" />,
          <EuiButton key="refresh" iconType="refresh" onClick={refresh} data-test-subj="refreshButton">
            {strings.overview.refreshButton}
          </EuiButton>,
          <KeysPageLink key="keys" />,
        ]}
      >
        <EuiText size="xs" color="subdued" data-test-subj="autoRefresh" data-paused={String(autoRefresh.paused)}>
          {autoRefresh.paused
            ? overviewStrings.autoRefreshPaused
            : overviewStrings.autoRefresh(autoRefresh.intervalMs / 1000)}
        </EuiText>
      </EuiPageHeader>
      <EuiSpacer size="l" />
      <CrossReferenceProvider sources={{ localCluster, eckClusters, caWatch }}>
        <CaWatchCallout request={caWatch} />
        <RemoteClustersSection request={localCluster} updatedAt={localClusterUpdatedAt} />
        <EuiSpacer size="xl" />
        <EckClustersSection request={eckClusters} updatedAt={eckClustersUpdatedAt} />
      </CrossReferenceProvider>
    </>
  );
}
