import { act, renderHook } from '@testing-library/react';
import { useAutoRefresh } from './use_auto_refresh';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

const request = (isLoading = false) => ({ isLoading, reload: jest.fn() });

describe('useAutoRefresh', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('reloads every request once per interval, not before', () => {
    const local = request();
    const eck = request();
    renderHook(() => useAutoRefresh([local, eck], 30_000));

    act(() => jest.advanceTimersByTime(29_999));
    expect(local.reload).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(local.reload).toHaveBeenCalledTimes(1);
    expect(eck.reload).toHaveBeenCalledTimes(1);
    act(() => jest.advanceTimersByTime(60_000));
    expect(eck.reload).toHaveBeenCalledTimes(3);
  });

  it('leaves a request still in flight to finish, and reloads the others', () => {
    const slow = request(true);
    const fast = request();
    renderHook(() => useAutoRefresh([slow, fast], 10_000));

    act(() => jest.advanceTimersByTime(30_000));
    expect(slow.reload).not.toHaveBeenCalled();
    expect(fast.reload).toHaveBeenCalledTimes(3);
  });

  it('reads the latest request states at each tick', () => {
    let slow = request(true);
    const { rerender } = renderHook(() => useAutoRefresh([slow], 10_000));
    act(() => jest.advanceTimersByTime(10_000));
    expect(slow.reload).not.toHaveBeenCalled();

    slow = request(false);
    rerender();
    act(() => jest.advanceTimersByTime(10_000));
    expect(slow.reload).toHaveBeenCalledTimes(1);
  });

  it('pauses while the tab is hidden and refreshes at once on return when a refresh was missed', () => {
    const local = request();
    const { result } = renderHook(() => useAutoRefresh([local], 30_000));
    expect(result.current.paused).toBe(false);

    act(() => jest.advanceTimersByTime(10_000));
    setVisibility('hidden');
    expect(result.current.paused).toBe(true);
    act(() => jest.advanceTimersByTime(120_000));
    expect(local.reload).not.toHaveBeenCalled();

    setVisibility('visible');
    expect(result.current.paused).toBe(false);
    expect(local.reload).toHaveBeenCalledTimes(1);
    act(() => jest.advanceTimersByTime(30_000));
    expect(local.reload).toHaveBeenCalledTimes(2);
  });

  it('does not refresh on return when the last refresh is recent', () => {
    const local = request();
    renderHook(() => useAutoRefresh([local], 30_000));
    act(() => jest.advanceTimersByTime(5_000));
    setVisibility('hidden');
    act(() => jest.advanceTimersByTime(5_000));
    setVisibility('visible');
    expect(local.reload).not.toHaveBeenCalled();
  });

  it('starts paused in a hidden tab, and stops when unmounted', () => {
    setVisibility('hidden');
    const local = request();
    const { result, unmount } = renderHook(() => useAutoRefresh([local], 30_000));
    expect(result.current.paused).toBe(true);
    act(() => jest.advanceTimersByTime(60_000));
    expect(local.reload).not.toHaveBeenCalled();

    unmount();
    setVisibility('visible');
    act(() => jest.advanceTimersByTime(60_000));
    expect(local.reload).not.toHaveBeenCalled();
  });
});
