import { TextDecoder, TextEncoder } from 'node:util';

// jsdom has no TextDecoder, which the connection events client reads the stream with.
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder });

type ReadResult = { done: false; value: Uint8Array } | { done: true; value: undefined };

export interface FakeEventStream {
  url: string;
  init: RequestInit;
  /** Sends raw Server-Sent Events text. */
  send(text: string): void;
  /** Sends one `change` event, as the server writes it. */
  sendChange(kind?: string, name?: string): void;
  /** The server ends the stream. */
  end(): void;
  /** The connection breaks. */
  fail(): void;
  readonly aborted: boolean;
}

/**
 * A `fetch` for the connection events route whose streams the test drives. `status` other than
 * 200 answers an error instead of a stream.
 */
export function fakeEventStreams({ status = 200 }: { status?: number } = {}) {
  const streams: FakeEventStream[] = [];
  const encoder = new TextEncoder();

  const fetch = jest.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
    const queue: Array<ReadResult | Error> = [];
    let waiting: { resolve: (result: ReadResult) => void; reject: (error: Error) => void } | undefined;
    const deliver = (item: ReadResult | Error) => {
      if (!waiting) return void queue.push(item);
      const { resolve, reject } = waiting;
      waiting = undefined;
      if (item instanceof Error) reject(item);
      else resolve(item);
    };
    init.signal?.addEventListener('abort', () => deliver(Object.assign(new Error('aborted'), { name: 'AbortError' })));
    const reader = {
      read: () =>
        new Promise<ReadResult>((resolve, reject) => {
          const item = queue.shift();
          if (item === undefined) waiting = { resolve, reject };
          else if (item instanceof Error) reject(item);
          else resolve(item);
        }),
    };
    const stream: FakeEventStream = {
      url: String(input),
      init,
      send: (text) => deliver({ done: false, value: encoder.encode(text) }),
      sendChange: (kind = 'Service', name = 'logs-prod-es-remote-cluster') =>
        stream.send(`event: change\ndata: ${JSON.stringify({ type: 'MODIFIED', kind, name })}\n\n`),
      end: () => deliver({ done: true, value: undefined }),
      fail: () => deliver(new Error('network error')),
      get aborted() {
        return init.signal?.aborted ?? false;
      },
    };
    streams.push(stream);
    const ok = status >= 200 && status < 300;
    return Promise.resolve({ ok, status, body: ok ? { getReader: () => reader } : null } as unknown as Response);
  });

  return { fetch: fetch as unknown as typeof globalThis.fetch, fetchMock: fetch, streams };
}
