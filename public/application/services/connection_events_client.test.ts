import { fakeEventStreams } from '../test_helpers/fake_event_stream';
import { createConnectionEventsClient } from './connection_events_client';

const basePath = { get: () => '/s/team', prepend: (path: string) => `/s/team${path}` };

describe('connection events client', () => {
  it('reads change events until the server ends the stream', async () => {
    const events = fakeEventStreams();
    const onOpen = jest.fn();
    const onChange = jest.fn();
    const done = createConnectionEventsClient(basePath, events.fetch).subscribe(
      { namespace: 'search-prod', name: 'logs-prod' },
      { onOpen, onChange },
      new AbortController().signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [stream] = events.streams;

    stream.send('retry: 2000\n\nevent: change\ndata: {"type":"MODIFIED","kind":"Elasti');
    stream.send('csearch","name":"logs-prod"}\n\nevent: other\ndata: {}\n\n');
    stream.end();

    await expect(done).resolves.toBeUndefined();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ type: 'MODIFIED', kind: 'Elasticsearch', name: 'logs-prod' });
  });

  it('rejects, without opening, when the route answers an error', async () => {
    const events = fakeEventStreams({ status: 403 });
    const onOpen = jest.fn();

    await expect(
      createConnectionEventsClient(basePath, events.fetch).subscribe(
        { namespace: 'search-prod', name: 'logs-prod' },
        { onOpen, onChange: jest.fn() },
        new AbortController().signal,
      ),
    ).rejects.toThrow('The connection events stream answered HTTP 403');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('stops reading when aborted', async () => {
    const events = fakeEventStreams();
    const controller = new AbortController();
    const done = createConnectionEventsClient(basePath, events.fetch).subscribe(
      { namespace: 'search-prod', name: 'logs-prod' },
      { onOpen: jest.fn(), onChange: jest.fn() },
      controller.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));

    controller.abort();

    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(events.fetchMock.mock.calls[0][1]?.signal).toBe(controller.signal);
  });
});
