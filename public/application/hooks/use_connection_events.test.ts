import { act, renderHook } from '@testing-library/react';
import { fakeEventStreams } from '../test_helpers/fake_event_stream';
import { servicesWrapper } from '../test_helpers/services_wrapper';
import { CHANGE_DEBOUNCE_MS, FALLBACK_POLL_MS, useConnectionEvents } from './use_connection_events';

function renderEvents({ pollWhenUnavailable = false, status = 200 } = {}) {
  const { wrapper, events } = servicesWrapper({ events: fakeEventStreams({ status }) });
  const onChange = jest.fn();
  const hook = renderHook(
    (props: { pollWhenUnavailable: boolean }) =>
      useConnectionEvents({ namespace: 'search-prod', name: 'logs-prod', onChange, ...props }),
    { wrapper, initialProps: { pollWhenUnavailable } },
  );
  return { ...hook, onChange, events, stream: () => events.streams[0] };
}

/** Lets the stream's promise chain run: reading a chunk takes a few microtasks. */
const flush = () => act(async () => undefined);

describe('useConnectionEvents', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('opens the stream with the headers Kibana requires on internal routes', async () => {
    const { events, result } = renderEvents();
    expect(result.current).toBe('connecting');
    await flush();

    expect(events.fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = events.fetchMock.mock.calls[0];
    expect(url).toBe('/s/team/internal/eck_remote_clusters/connections/events?namespace=search-prod&name=logs-prod');
    expect(init).toMatchObject({
      method: 'GET',
      credentials: 'same-origin',
      headers: {
        accept: 'text/event-stream',
        'kbn-xsrf': 'kibana',
        'x-elastic-internal-origin': 'kibana',
        'elastic-api-version': '1',
      },
    });
    expect(result.current).toBe('live');
  });

  it('calls back once per burst of changes, after the debounce', async () => {
    const { stream, onChange } = renderEvents();
    await flush();

    await act(async () => {
      stream().sendChange('Elasticsearch', 'logs-prod');
      stream().send(': keep-alive\n\n');
      stream().sendChange();
    });
    act(() => jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS - 1));
    expect(onChange).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(onChange).toHaveBeenCalledTimes(1);

    await act(async () => stream().sendChange());
    act(() => jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('falls back to reading every 5 seconds while a step waits, once the stream breaks', async () => {
    const { stream, onChange, result, rerender } = renderEvents({ pollWhenUnavailable: false });
    await flush();

    await act(async () => stream().fail());
    expect(result.current).toBe('failed');
    act(() => jest.advanceTimersByTime(3 * FALLBACK_POLL_MS));
    expect(onChange).not.toHaveBeenCalled();

    rerender({ pollWhenUnavailable: true });
    act(() => jest.advanceTimersByTime(2 * FALLBACK_POLL_MS));
    expect(onChange).toHaveBeenCalledTimes(2);

    rerender({ pollWhenUnavailable: false });
    act(() => jest.advanceTimersByTime(2 * FALLBACK_POLL_MS));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('treats a refused subscription or an ended stream as unavailable', async () => {
    const refused = renderEvents({ status: 403, pollWhenUnavailable: true });
    await flush();
    expect(refused.result.current).toBe('failed');
    act(() => jest.advanceTimersByTime(FALLBACK_POLL_MS));
    expect(refused.onChange).toHaveBeenCalledTimes(1);

    const ended = renderEvents();
    await flush();
    await act(async () => ended.stream().end());
    expect(ended.result.current).toBe('failed');
  });

  it('closes the stream and forgets a pending change on unmount', async () => {
    const { stream, onChange, unmount } = renderEvents();
    await flush();
    await act(async () => stream().sendChange());

    unmount();
    jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS);

    expect(stream().aborted).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });
});
