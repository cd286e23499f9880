import { act, renderHook } from '@testing-library/react';
import { useRequest, type SendRequest } from './use_request';

/** A `send` whose calls the test settles one by one, in any order. */
function controllableSend() {
  const calls: Array<{ signal: AbortSignal; resolve: (data: string) => void; reject: (error: unknown) => void }> = [];
  const send = jest.fn<Promise<string>, Parameters<SendRequest<string>>>(
    ({ signal }) =>
      new Promise<string>((resolve, reject) => {
        calls.push({ signal, resolve, reject });
      }),
  );
  return { send, calls };
}

describe('useRequest', () => {
  it('loads on mount, then holds the data', async () => {
    const { send, calls } = controllableSend();
    const { result } = renderHook(() => useRequest(send));
    expect(result.current).toMatchObject({ data: undefined, error: undefined, isLoading: true });

    await act(async () => calls[0].resolve('first'));

    expect(result.current).toMatchObject({ data: 'first', error: undefined, isLoading: false });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('turns a rejection into an ApiError', async () => {
    const { send, calls } = controllableSend();
    const { result } = renderHook(() => useRequest(send));

    await act(async () =>
      calls[0].reject({
        body: {
          statusCode: 504,
          error: 'Gateway Timeout',
          message: 'too slow',
          attributes: { code: 'KUBERNETES_TIMEOUT', fix: 'Wait.' },
        },
      }),
    );

    expect(result.current.isLoading).toBe(false);
    expect(result.current.error).toMatchObject({ statusCode: 504, code: 'KUBERNETES_TIMEOUT', message: 'too slow' });
  });

  it('keeps the data while reloading, and clears the last error', async () => {
    const { send, calls } = controllableSend();
    const { result } = renderHook(() => useRequest(send));
    await act(async () => calls[0].resolve('first'));
    act(() => result.current.reload());
    await act(async () => calls[1].reject(new Error('offline')));
    expect(result.current).toMatchObject({ data: 'first', isLoading: false });
    expect(result.current.error?.message).toBe('offline');

    act(() => result.current.reload());

    expect(result.current).toMatchObject({ data: 'first', error: undefined, isLoading: true });
    await act(async () => calls[2].resolve('third'));
    expect(result.current).toMatchObject({ data: 'third', error: undefined, isLoading: false });
  });

  it('aborts a superseded request and ignores its late answer', async () => {
    const { send, calls } = controllableSend();
    const { result } = renderHook(() => useRequest(send));

    act(() => result.current.reload());
    expect(calls[0].signal.aborted).toBe(true);
    await act(async () => calls[1].resolve('latest'));
    await act(async () => calls[0].resolve('stale'));

    expect(result.current).toMatchObject({ data: 'latest', isLoading: false });
  });

  it('sends again when `send` changes, and is loading until the new answer arrives', async () => {
    const first = controllableSend();
    const second = controllableSend();
    const { result, rerender } = renderHook(({ send }) => useRequest(send), { initialProps: { send: first.send } });
    await act(async () => first.calls[0].resolve('from first'));

    rerender({ send: second.send });

    expect(result.current).toMatchObject({ data: 'from first', isLoading: true });
    expect(first.calls[0].signal.aborted).toBe(true);
    await act(async () => second.calls[0].resolve('from second'));
    expect(result.current).toMatchObject({ data: 'from second', isLoading: false });
  });

  it('aborts the request on unmount', () => {
    const { send, calls } = controllableSend();
    const { unmount } = renderHook(() => useRequest(send));

    unmount();

    expect(calls[0].signal.aborted).toBe(true);
  });
});
