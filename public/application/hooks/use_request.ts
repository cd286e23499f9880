import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../services/api_error';

export type SendRequest<TData> = (options: { signal: AbortSignal }) => Promise<TData>;

export interface RequestState<TData> {
  /** The last data received; kept while a refresh is in flight so tables do not flash empty. */
  data?: TData;
  /** The error of the latest request, once it has failed. */
  error?: ApiError;
  isLoading: boolean;
  /** Sends the request again; a request still in flight is superseded. */
  reload: () => void;
}

interface Outcome<TData> {
  send: SendRequest<TData>;
  generation: number;
  data?: TData;
  error?: ApiError;
}

/**
 * Sends `send` on mount, whenever it changes and on `reload`. Only the latest request may update
 * the state: a superseded one, or one that ends after unmount, is aborted and its outcome ignored.
 * `send` must be stable (`useCallback`), or every render sends a new request.
 */
export function useRequest<TData>(send: SendRequest<TData>): RequestState<TData> {
  const [generation, setGeneration] = useState(0);
  const [outcome, setOutcome] = useState<Outcome<TData>>();

  useEffect(() => {
    const controller = new AbortController();
    let isLatest = true;
    send({ signal: controller.signal }).then(
      (data) => {
        if (isLatest) setOutcome({ send, generation, data });
      },
      (error: unknown) => {
        if (isLatest) setOutcome((previous) => ({ send, generation, data: previous?.data, error: toApiError(error) }));
      },
    );
    return () => {
      isLatest = false;
      controller.abort();
    };
  }, [send, generation]);

  const reload = useCallback(() => setGeneration((current) => current + 1), []);

  // Loading is derived rather than stored: the state is current only if it answers this very request.
  const isLoading = outcome?.send !== send || outcome.generation !== generation;
  return { data: outcome?.data, error: isLoading ? undefined : outcome.error, isLoading, reload };
}
