import { useState } from 'react';
import { EuiConfirmModal } from '@elastic/eui';
import type { ManagedCrossClusterKey } from '../../../../common/key_lifecycle/key_lifecycle_types';
import { RequestErrorCallout } from '../../components/request_error_callout';
import { toApiError, type ApiError } from '../../services/api_error';
import { useAppServices } from '../../services/app_services';
import { keysStrings as labels } from './keys_strings';

interface Props {
  cluster: { namespace: string; name: string };
  apiKey: ManagedCrossClusterKey;
  onDone: () => void;
  onCancel: () => void;
}

/** Invalidation cannot be undone: the admin confirms it, and the server checks the key is an orphan again. */
export function InvalidateOrphanModal({ cluster, apiKey, onDone, onCancel }: Props) {
  const { api } = useAppServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.invalidateOrphanKey({ ...cluster, id: apiKey.id });
      onDone();
    } catch (failure) {
      setError(toApiError(failure));
      setBusy(false);
    }
  };
  return (
    <EuiConfirmModal
      title={labels.confirmInvalidateTitle(apiKey.name)}
      onCancel={onCancel}
      onConfirm={() => void confirm()}
      cancelButtonText={labels.cancel}
      confirmButtonText={labels.confirmInvalidate}
      buttonColor="danger"
      isLoading={busy}
      data-test-subj="invalidateOrphanModal"
    >
      <p>{labels.confirmInvalidateBody(apiKey.alias, `${cluster.namespace}/${cluster.name}`)}</p>
      {error && <RequestErrorCallout error={error} testSubjPrefix="invalidateOrphan" />}
    </EuiConfirmModal>
  );
}
