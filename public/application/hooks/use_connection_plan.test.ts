import { act, renderHook } from '@testing-library/react';
import type { ApiKeyConnectionRequest, ApiKeyPlanResponse } from '../../../common/api/api_key_connection';
import type { HttpFetchOptions } from '@kbn/core/public';
import { errorBody } from '../test_helpers/fixtures';
import { apiKeyPlan, STEPS } from '../test_helpers/plan_fixtures';
import { servicesWrapper } from '../test_helpers/services_wrapper';
import { useConnectionPlan, type PlanReader } from './use_connection_plan';

const readApiKeyPlan: PlanReader<ApiKeyConnectionRequest, ApiKeyPlanResponse> = (api, current, options) =>
  api.planApiKeyConnection(current, options);

const request = (alias = 'logs'): ApiKeyConnectionRequest => ({
  target: { alias, namespace: 'search-prod', name: 'logs-prod' },
  choices: {
    exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
    access: { search: [{ names: ['logs-*'] }] },
    skipUnavailable: true,
    replaceExisting: false,
  },
});

/** Plan reads the test settles one by one. */
function controllablePlans() {
  const calls: Array<{ resolve: (body: unknown) => void; reject: (error: unknown) => void }> = [];
  const responder = () => new Promise((resolve, reject) => calls.push({ resolve, reject }));
  return { responder, calls };
}

function renderPlan(initial: ApiKeyConnectionRequest) {
  const plans = controllablePlans();
  const { wrapper, httpPost } = servicesWrapper({ plan: plans.responder });
  const hook = renderHook(({ current }) => useConnectionPlan(current, readApiKeyPlan), {
    wrapper,
    initialProps: { current: initial },
  });
  const signalOf = (call: number) => (httpPost.mock.calls[call][1] as HttpFetchOptions).signal as AbortSignal;
  return { ...hook, calls: plans.calls, signalOf };
}

describe('useConnectionPlan', () => {
  it('reads the plan, and again on replan, keeping the last one meanwhile', async () => {
    const { result, calls } = renderPlan(request());
    expect(result.current).toMatchObject({ plan: undefined, isLoading: true });
    await act(async () => calls[0].resolve(apiKeyPlan([STEPS.exposeWaiting()])));
    expect(result.current.isLoading).toBe(false);

    act(() => result.current.replan());

    expect(result.current.isLoading).toBe(true);
    expect(result.current.plan?.steps[2].status).toBe('waiting');
    await act(async () => calls[1].resolve(apiKeyPlan()));
    expect(result.current).toMatchObject({ isLoading: false, plan: apiKeyPlan() });
  });

  it('drops an apply answer for choices that are no longer current', async () => {
    const { result, calls, signalOf } = renderPlan(request());
    await act(async () => calls[0].resolve(apiKeyPlan([STEPS.enableReady()])));
    act(() => result.current.replan());

    const fromApply = apiKeyPlan([STEPS.exposeWaiting()]);
    act(() => result.current.receive(fromApply, request()));

    // Equal, but not the request the page holds now: the choices were submitted again meanwhile.
    expect(result.current.plan).toEqual(apiKeyPlan([STEPS.enableReady()]));
    expect(signalOf(1).aborted).toBe(false);
  });

  it('takes the apply answer for the current choices, and drops the read it overtook', async () => {
    const current = request();
    const { result, calls, signalOf } = renderPlan(current);
    await act(async () => calls[0].resolve(apiKeyPlan([STEPS.enableReady()])));
    act(() => result.current.replan());

    const fromApply = apiKeyPlan([STEPS.exposeWaiting()]);
    act(() => result.current.receive(fromApply, current));

    expect(result.current).toMatchObject({ plan: fromApply, isLoading: false });
    expect(signalOf(1).aborted).toBe(true);
    await act(async () => calls[1].resolve(apiKeyPlan([STEPS.enableReady()])));
    expect(result.current.plan).toBe(fromApply);
  });

  it('lets a read started after the apply was sent win over the apply answer, which is older', async () => {
    const current = request();
    const { result, calls, signalOf } = renderPlan(current);
    await act(async () => calls[0].resolve(apiKeyPlan([STEPS.enableReady()])));
    const sentAt = result.current.mark();
    // While the apply is in flight, Kubernetes reports ECK's work and the page reads again.
    act(() => result.current.replan());

    const fromApply = apiKeyPlan([STEPS.exposeWaiting()]);
    act(() => result.current.receive(fromApply, current, sentAt));
    expect(signalOf(1).aborted).toBe(false);
    expect(result.current.plan).toBe(fromApply);
    await act(async () => calls[1].resolve(apiKeyPlan()));
    expect(result.current.plan).toEqual(apiKeyPlan());

    // Once that newer read is on screen, the answer of an apply sent before it changes nothing.
    act(() => result.current.receive(fromApply, current, sentAt));
    expect(result.current.plan).toEqual(apiKeyPlan());
  });

  it('keeps the plan of the same choices under an error, but not of other choices', async () => {
    const first = request();
    const { result, calls, rerender } = renderPlan(first);
    await act(async () => calls[0].resolve(apiKeyPlan()));

    act(() => result.current.replan());
    await act(async () => calls[1].reject({ body: errorBody('KUBERNETES_TIMEOUT', 'timed out') }));
    expect(result.current).toMatchObject({ plan: apiKeyPlan(), error: { code: 'KUBERNETES_TIMEOUT' } });

    rerender({ current: request('other') });
    await act(async () => calls[2].reject({ body: errorBody('KUBERNETES_TIMEOUT', 'timed out') }));
    expect(result.current.plan).toBeUndefined();
    expect(result.current.error?.code).toBe('KUBERNETES_TIMEOUT');
  });

  it('aborts the read in flight on unmount', () => {
    const { unmount, signalOf } = renderPlan(request());
    unmount();
    expect(signalOf(0).aborted).toBe(true);
  });
});
