import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ApiKeyConnectionRequest, ApiKeyPlanResponse } from '../../../common/api/api_key_connection';
import { toApiError, type ApiError } from '../services/api_error';
import { useAppServices } from '../services/app_services';

export interface ConnectionPlanState {
  /** The newest plan known: kept while a new one is read, so the steps do not flash away. */
  plan?: ApiKeyPlanResponse;
  /** Why the latest read failed. */
  error?: ApiError;
  isLoading: boolean;
  /** Reads the plan again (a change event, a refresh). */
  replan: () => void;
  /**
   * A plan that arrived another way (an apply's answer) for `forRequest`: it supersedes a read
   * still in flight, and is dropped if the choices changed meanwhile.
   */
  receive: (plan: ApiKeyPlanResponse, forRequest: ApiKeyConnectionRequest) => void;
}

interface Outcome {
  request: ApiKeyConnectionRequest;
  generation: number;
  plan?: ApiKeyPlanResponse;
  error?: ApiError;
}

interface State {
  generation: number;
  outcome?: Outcome;
}

type Action =
  | { type: 'replan' }
  | {
      type: 'settled';
      request: ApiKeyConnectionRequest;
      generation: number;
      plan?: ApiKeyPlanResponse;
      error?: ApiError;
    }
  | { type: 'received'; request: ApiKeyConnectionRequest; plan: ApiKeyPlanResponse };

function reducer(state: State, action: Action): State {
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

/** The plan for `request` (stable between renders), read on mount, when it changes and on `replan`. */
export function useConnectionPlan(request: ApiKeyConnectionRequest): ConnectionPlanState {
  const { api } = useAppServices();
  const [{ generation, outcome }, dispatch] = useReducer(reducer, { generation: 0 });
  const inFlight = useRef<{ request: ApiKeyConnectionRequest; controller: AbortController } | undefined>(undefined);
  const currentRequest = useRef(request);
  useEffect(() => {
    currentRequest.current = request;
  }, [request]);

  useEffect(() => {
    const controller = new AbortController();
    inFlight.current = { request, controller };
    const settle = (result: { plan?: ApiKeyPlanResponse; error?: ApiError }) => {
      if (!controller.signal.aborted) dispatch({ type: 'settled', request, generation, ...result });
    };
    api.planApiKeyConnection(request, { signal: controller.signal }).then(
      (plan) => settle({ plan }),
      (error: unknown) => settle({ error: toApiError(error) }),
    );
    return () => controller.abort();
  }, [api, request, generation]);

  const replan = useCallback(() => dispatch({ type: 'replan' }), []);
  const receive = useCallback((plan: ApiKeyPlanResponse, forRequest: ApiKeyConnectionRequest) => {
    if (forRequest !== currentRequest.current) return;
    // The read in flight may have started before the change this plan reflects.
    if (inFlight.current?.request === forRequest) inFlight.current.controller.abort();
    dispatch({ type: 'received', request: forRequest, plan });
  }, []);

  const isLoading = outcome?.request !== request || outcome.generation !== generation;
  return { plan: outcome?.plan, error: isLoading ? undefined : outcome?.error, isLoading, replan, receive };
}
