import type { ServerResponse } from 'node:http';
import { status } from './kubernetes_status';
import { matchesLabelSelector, type Requirement } from './label_selector';
import type { KubeObject, ObjectStore, StoreEvent } from './object_store';
import type { ResourceType } from './resource_types';

export interface WatchRequest {
  type: ResourceType;
  namespace?: string;
  selector: Requirement[];
  /** As sent by the client: absent or "0" means "start with the current objects". */
  resourceVersion?: string;
  timeoutSeconds?: number;
}

/**
 * Serves a watch as the API server does: newline-delimited JSON events over a chunked response,
 * resuming after `resourceVersion` when the store still has those events, or one ERROR event with
 * a 410 Expired Status when it does not.
 */
export function serveWatch(store: ObjectStore, request: WatchRequest, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
  // The API server sends the headers at once: clients wait for them before they start to read events.
  response.flushHeaders();
  const matches = (event: StoreEvent) =>
    event.resourceType === request.type &&
    (request.namespace === undefined || event.object.metadata.namespace === request.namespace) &&
    matchesLabelSelector(request.selector, event.object.metadata.labels);
  const write = (type: string, object: KubeObject | ReturnType<typeof status>) =>
    response.write(JSON.stringify({ type, object }) + '\n');

  const from = request.resourceVersion;
  if (from === undefined || from === '' || from === '0') {
    for (const object of store.list(request.type, request.namespace, request.selector)) write('ADDED', object);
  } else {
    const missed = store.eventsSince(Number(from), request.type);
    if (missed === undefined) {
      const oldest = store.oldestResumableVersionOf(request.type);
      write('ERROR', status(410, 'Expired', `too old resource version: ${from} (${oldest})`));
      response.end();
      return;
    }
    for (const event of missed.filter(matches)) write(event.type, event.object);
  }

  const unsubscribe = store.subscribe((event) => {
    if (matches(event)) write(event.type, event.object);
  });
  const timer = request.timeoutSeconds ? setTimeout(() => response.end(), request.timeoutSeconds * 1000) : undefined;
  response.on('close', () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  });
}
