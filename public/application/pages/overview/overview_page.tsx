import { useCallback } from 'react';
import { EuiButton, EuiPageHeader, EuiSpacer } from '@elastic/eui';
import { useRequest, type SendRequest } from '../../hooks/use_request';
import type { ListEckClustersResponse } from '../../../../common/api/eck_clusters';
import { useAppServices } from '../../services/app_services';
import { strings } from '../../strings';
import { KeysPageLink } from '../keys/keys_page_link';
import { CaWatchCallout } from './ca_watch_callout';
import { EckClustersSection } from './eck_clusters_section';
import { RemoteClustersSection } from './remote_clusters_section';
import { ValidateLink } from './validate_link';

/**
 * The local cluster's remotes and the ECK clusters in Kubernetes. The two come from different
 * systems, so each section loads, fails and shows its state on its own.
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
      />
      <EuiSpacer size="l" />
      <CaWatchCallout request={caWatch} />
      <RemoteClustersSection request={localCluster} />
      <EuiSpacer size="xl" />
      <EckClustersSection request={eckClusters} />
    </>
  );
}
