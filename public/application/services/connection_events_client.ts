import type { HttpStart } from '@kbn/core/public';
import { API_ROUTES } from '../../../common/api/api_routes';
import type { ConnectionChangeEvent } from '../../../common/api/connection_events';
import { INTERNAL_API_VERSION } from '../../../common/constants';
import { createServerSentEventParser } from './server_sent_events';

export interface ConnectionEventHandlers {
  /** The server accepted the subscription: from now on no change is missed. */
  onOpen: () => void;
  onChange: (event: ConnectionChangeEvent) => void;
}

export interface ConnectionEventsClient {
  /**
   * Reads the route's Server-Sent Events until `signal` aborts. Resolves when the server ends the
   * stream and rejects when it cannot be opened or breaks: either way, no more events come.
   */
  subscribe(
    query: { namespace: string; name: string },
    handlers: ConnectionEventHandlers,
    signal: AbortSignal,
  ): Promise<void>;
}

/**
 * `core.http` cannot stream and `EventSource` cannot send the headers Kibana requires on internal
 * routes, so the stream is read with `fetch`, as `core.http` would send the request.
 */
export function createConnectionEventsClient(
  basePath: HttpStart['basePath'],
  fetchImpl: typeof fetch,
): ConnectionEventsClient {
  return {
    async subscribe({ namespace, name }, { onOpen, onChange }, signal) {
      const query = new URLSearchParams({ namespace, name });
      const response = await fetchImpl(`${basePath.prepend(API_ROUTES.connectionEvents.path)}?${query}`, {
        method: 'GET',
        credentials: 'same-origin',
        cache: 'no-store',
        signal,
        headers: {
          accept: 'text/event-stream',
          'kbn-xsrf': 'kibana',
          'x-elastic-internal-origin': 'kibana',
          'elastic-api-version': INTERNAL_API_VERSION,
        },
      });
      if (!response.ok || !response.body) {
        throw new Error(`The connection events stream answered HTTP ${response.status}`);
      }
      onOpen();
      const push = createServerSentEventParser(({ event, data }) => {
        if (event === 'change') onChange(JSON.parse(data) as ConnectionChangeEvent);
      });
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        push(decoder.decode(value, { stream: true }));
      }
    },
  };
}
