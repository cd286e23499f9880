import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { RemoteStatus } from '../../../../common/api/remote_status';
import type { RemoteClusterSummary } from '../../../../common/types/local_cluster';
import { useRequest, type SendRequest } from '../../hooks/use_request';
import { toApiError } from '../../services/api_error';
import { useAppServices } from '../../services/app_services';

export interface RemoteStatusView {
  /** The live status of an alias, once the probe (or a reconnect) answered. */
  statusOf(alias: string): RemoteStatus | undefined;
  isChecking: boolean;
  /** The probe itself failed: the table keeps `_remote/info`'s last known state. */
  probeFailed: boolean;
  isReconnecting(alias: string): boolean;
  reconnectError(alias: string): string | undefined;
  reconnect(alias: string): void;
}

const RemoteStatusContext = createContext<RemoteStatusView | null>(null);

export function useRemoteStatus(): RemoteStatusView {
  const view = useContext(RemoteStatusContext);
  if (!view) throw new Error('useRemoteStatus must be used inside RemoteStatusProvider');
  return view;
}

/**
 * Probes every remote (in parallel on the server, each bounded by a timeout) apart from the table's
 * own request, so the table shows at once and the live status fills in. New `remotes` (the overview's
 * Refresh) probe again.
 */
export function RemoteStatusProvider({ remotes, children }: { remotes: RemoteClusterSummary[]; children: ReactNode }) {
  const { api } = useAppServices();
  const send = useCallback<SendRequest<RemoteStatus[]>>(
    async ({ signal }) => (remotes.length === 0 ? [] : (await api.getRemoteStatus({}, { signal })).remotes),
    [api, remotes],
  );
  const probe = useRequest(send);
  // A reconnect's answer stands until the next probe answers (the overview's Refresh).
  const [reconnected, setReconnected] = useState<{ after?: RemoteStatus[]; byAlias: Record<string, RemoteStatus> }>({
    byAlias: {},
  });
  const probed = probe.data;
  const [reconnecting, setReconnecting] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  const reconnect = useCallback(
    (alias: string) => {
      setReconnecting((current) => ({ ...current, [alias]: true }));
      setErrors(({ [alias]: _, ...rest }) => rest);
      api
        .reconnectRemote({ alias })
        .then(
          ({ remote }) =>
            setReconnected((current) => ({
              after: probed,
              byAlias: { ...(current.after === probed ? current.byAlias : {}), [alias]: remote },
            })),
          (error: unknown) => setErrors((current) => ({ ...current, [alias]: toApiError(error).message })),
        )
        .finally(() => setReconnecting(({ [alias]: _, ...rest }) => rest));
    },
    [api, probed],
  );

  const view = useMemo<RemoteStatusView>(() => {
    // While a new probe runs (auto-refresh), the previous live answer stays, marked as being checked;
    // once a probe fails, `_remote/info`'s state is all there is.
    const byAlias = new Map((probe.error ? [] : (probed ?? [])).map((status) => [status.alias, status]));
    const overrides = reconnected.after === probed ? reconnected.byAlias : {};
    return {
      statusOf: (alias) => overrides[alias] ?? byAlias.get(alias),
      isChecking: probe.isLoading,
      probeFailed: probe.error !== undefined,
      isReconnecting: (alias) => reconnecting[alias] === true,
      reconnectError: (alias) => errors[alias],
      reconnect,
    };
  }, [probe, probed, reconnected, reconnecting, errors, reconnect]);

  return <RemoteStatusContext.Provider value={view}>{children}</RemoteStatusContext.Provider>;
}
