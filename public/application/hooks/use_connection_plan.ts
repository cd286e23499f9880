import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ApiClient, RequestOptions } from '../services/api_client';
import { toApiError, type ApiError } from '../services/api_error';
import { useAppServices } from '../services/app_services';

export interface ConnectionPlanState<TRequest, TPlan> {
  /** The newest plan known: kept while a new one is read, so the steps do not flash away. */
  plan?: TPlan;
  /** Why the latest read failed. */
  error?: ApiError;
  isLoading: boolean;
  /** Reads the plan again (a change event, a refresh). */
  replan: () => void;
  /**
   * A plan that arrived another way (an apply's answer) for `forRequest`: it supersedes a read
   * still in flight, and is dropped if the choices changed meanwhile. With `sentAt` (what `mark`
   * said when the apply was sent), reads started after that are newer: one already shown wins, and
   * one in flight is left to finish.
   */
  receive: (plan: TPlan, forRequest: TRequest, sentAt?: number) => void;
  /** How many reads have started: taken before sending an apply, and handed back to `receive`. */
  mark: () => number;
}

interface Outcome<TRequest, TPlan> {
  request: TRequest;
  generation: number;
  plan?: TPlan;
  error?: ApiError;
}

interface State<TRequest, TPlan> {
  generation: number;
  outcome?: Outcome<TRequest, TPlan>;
}

type Action<TRequest, TPlan> =
  | { type: 'replan' }
  | {
      type: 'settled';
      request: TRequest;
      generation: number;
      plan?: TPlan;
      error?: ApiError;
    }
  | { type: 'received'; request: TRequest; plan: TPlan };

function reducer<TRequest, TPlan>(
  state: State<TRequest, TPlan>,
  action: Action<TRequest, TPlan>,
): State<TRequest, TPlan> {
  switch (action.type) {
    case 'replan':
      return { ...state, generation: state.generation + 1 };
    case 'settled': {
      const { request, generation, plan, error } = action;
      // A failed read keeps the last plan of the same choices on screen, below the error.
      const kept = state.outcome?.request === request ? state.outcome.plan : undefined;
      return { ...state, outcome: { request, generation, plan: plan ?? kept, error } };
    }
    case 'received':
      return { ...state, outcome: { request: action.request, generation: state.generation, plan: action.plan } };
  }
}

/** How a plan is read for a request: one route per security model. */
export type PlanReader<TRequest, TPlan> = (
  api: ApiClient,
  request: TRequest,
  options: RequestOptions,
) => Promise<TPlan>;

/**
 * The plan for `request` (stable between renders), read with `read` on mount, when the request
 * changes and on `replan`.
 */
export function useConnectionPlan<TRequest, TPlan>(
  request: TRequest,
  read: PlanReader<TRequest, TPlan>,
): ConnectionPlanState<TRequest, TPlan> {
  const { api } = useAppServices();
  const [{ generation, outcome }, dispatch] = useReducer(reducer<TRequest, TPlan>, { generation: 0 });
  // The reader in use when a read starts; a new function each render must not start a new read.
  const reader = useRef(read);
  useEffect(() => {
    reader.current = read;
  }, [read]);
  const inFlight = useRef<{ request: TRequest; controller: AbortController; seq: number } | undefined>(undefined);
  const readsStarted = useRef(0);
  const lastShownRead = useRef(0);
  const currentRequest = useRef(request);
  useEffect(() => {
    currentRequest.current = request;
  }, [request]);

  useEffect(() => {
    const controller = new AbortController();
    const seq = ++readsStarted.current;
    inFlight.current = { request, controller, seq };
    const settle = (result: { plan?: TPlan; error?: ApiError }) => {
      if (controller.signal.aborted) return;
      if (result.plan) lastShownRead.current = seq;
      dispatch({ type: 'settled', request, generation, ...result });
    };
    reader.current(api, request, { signal: controller.signal }).then(
      (plan) => settle({ plan }),
      (error: unknown) => settle({ error: toApiError(error) }),
    );
    return () => controller.abort();
  }, [api, request, generation]);

  const replan = useCallback(() => dispatch({ type: 'replan' }), []);
  const receive = useCallback((plan: TPlan, forRequest: TRequest, sentAt?: number) => {
    if (forRequest !== currentRequest.current) return;
    // A read that started after the apply was sent saw at least what the apply did, and maybe
    // more: ECK may have finished its work before the apply's answer came back.
    const isNewer = (seq: number) => sentAt !== undefined && seq > sentAt;
    if (isNewer(lastShownRead.current)) return;
    const reading = inFlight.current;
    // A read in flight that started before the apply cannot know of its change.
    if (reading?.request === forRequest && !isNewer(reading.seq)) reading.controller.abort();
    dispatch({ type: 'received', request: forRequest, plan });
  }, []);
  const mark = useCallback(() => readsStarted.current, []);

  const isLoading = outcome?.request !== request || outcome.generation !== generation;
  return { plan: outcome?.plan, error: isLoading ? undefined : outcome?.error, isLoading, replan, receive, mark };
}
