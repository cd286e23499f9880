import { useCallback } from 'react';
import { useRequest } from '../../hooks/use_request';
import { useAppServices } from '../../services/app_services';

/** The doctor's diagnosis of one alias, read on mount and on `reload`. */
export function useDiagnosis(alias: string, eckCluster?: { namespace: string; name: string }) {
  const { api } = useAppServices();
  const namespace = eckCluster?.namespace;
  const name = eckCluster?.name;
  const send = useCallback(
    ({ signal }: { signal: AbortSignal }) =>
      api.diagnoseRemote({ alias, ...(namespace && name ? { namespace, name } : {}) }, { signal }),
    [api, alias, namespace, name],
  );
  return useRequest(send);
}
