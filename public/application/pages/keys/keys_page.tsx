import { useCallback, useState } from 'react';
import { EuiButton, EuiCallOut, EuiLoadingSpinner, EuiPageHeader, EuiSpacer, EuiText } from '@elastic/eui';
import type { KeyRotationRequest } from '../../../../common/api/key_lifecycle';
import type {
  EckClusterKeys,
  ListManagedKeysResponse,
  ManagedCrossClusterKey,
} from '../../../../common/key_lifecycle/key_lifecycle_types';
import { RequestErrorCallout } from '../../components/request_error_callout';
import { TitledSection } from '../../components/titled_section';
import { useRequest, type SendRequest } from '../../hooks/use_request';
import { useAppServices } from '../../services/app_services';
import { InvalidateOrphanModal } from './invalidate_orphan_modal';
import { KeyRotationFlyout } from './key_rotation_flyout';
import { keysStrings as labels } from './keys_strings';
import { ManagedKeysTable } from './managed_keys_table';

type Cluster = Pick<EckClusterKeys, 'namespace' | 'name'>;

function ClusterKeys(props: {
  cluster: EckClusterKeys;
  onRotate: (target: KeyRotationRequest['target']) => void;
  onInvalidate: (cluster: Cluster, key: ManagedCrossClusterKey) => void;
}) {
  const { cluster, onRotate, onInvalidate } = props;
  const { namespace, name } = cluster;
  return (
    <>
      <TitledSection title={labels.clusterTitle(namespace, name)} data-test-subj={`keysOf-${namespace}-${name}`}>
        {cluster.error ? (
          <EuiText size="s" color="subdued" data-test-subj={`keysError-${namespace}-${name}`}>
            <p>{labels.clusterError(cluster.error)}</p>
          </EuiText>
        ) : (
          <ManagedKeysTable
            keys={cluster.keys}
            onRotate={(alias) => onRotate({ alias, namespace, name })}
            onInvalidate={(key) => onInvalidate({ namespace, name }, key)}
          />
        )}
      </TitledSection>
      <EuiSpacer size="l" />
    </>
  );
}

/** The cross-cluster API keys this plugin created, per ECK cluster, with rotation and orphan clean-up. */
export function KeysPage() {
  const { api } = useAppServices();
  const send = useCallback<SendRequest<ListManagedKeysResponse>>(
    ({ signal }) => api.listManagedKeys({ signal }),
    [api],
  );
  const keys = useRequest(send);
  const [rotating, setRotating] = useState<KeyRotationRequest['target']>();
  const [invalidating, setInvalidating] = useState<{ cluster: Cluster; key: ManagedCrossClusterKey }>();
  const [invalidated, setInvalidated] = useState<string>();

  return (
    <>
      <EuiPageHeader
        bottomBorder
        pageTitle={labels.pageTitle}
        description={labels.pageDescription}
        rightSideItems={[
          <EuiButton key="refresh" iconType="refresh" onClick={keys.reload} data-test-subj="refreshKeys">
            {labels.refresh}
          </EuiButton>,
        ]}
      />
      <EuiSpacer size="l" />
      {invalidated && (
        <>
          <EuiCallOut
            color="success"
            iconType="check"
            title={labels.invalidated(invalidated)}
            data-test-subj="keyInvalidated"
          />
          <EuiSpacer size="m" />
        </>
      )}
      {keys.error && <RequestErrorCallout error={keys.error} testSubjPrefix="keys" />}
      {keys.isLoading && !keys.data && (
        <EuiText size="s" data-test-subj="keysLoading">
          <EuiLoadingSpinner size="m" /> {labels.loading}
        </EuiText>
      )}
      {keys.data?.clusters.map((cluster) => (
        <ClusterKeys
          key={`${cluster.namespace}/${cluster.name}`}
          cluster={cluster}
          onRotate={setRotating}
          onInvalidate={(where, key) => setInvalidating({ cluster: where, key })}
        />
      ))}
      {rotating && (
        <KeyRotationFlyout
          target={rotating}
          onClose={() => {
            setRotating(undefined);
            keys.reload();
          }}
        />
      )}
      {invalidating && (
        <InvalidateOrphanModal
          cluster={invalidating.cluster}
          apiKey={invalidating.key}
          onCancel={() => setInvalidating(undefined)}
          onDone={() => {
            setInvalidated(invalidating.key.name);
            setInvalidating(undefined);
            keys.reload();
          }}
        />
      )}
    </>
  );
}
