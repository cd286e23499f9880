import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Fault } from '../faults/fault_switch';
import { sendStatus } from './http_io';
import { conflict, status } from './kubernetes_status';
import type { ResourceType } from './resource_types';

/** What a fault rule sees of a Kubernetes request: enough to hit only a step's write, or its reads. */
export interface KubernetesFaultRequest {
  verb: string;
  /** With the subresource, as RBAC names it: `pods/portforward`. */
  resource: string;
  namespace?: string;
  name?: string;
  /** A server-side dry run (`?dryRun=All`), which never writes. */
  dryRun: boolean;
}

/** What the server did with a faulted request, for its request and write logs: never a change. */
export interface FaultOutcome {
  code: number;
  changed: false;
}

/** kube-apiserver's answer when etcd fails under it. */
export const internalError = () =>
  status(
    500,
    'InternalError',
    'Internal error occurred: etcdserver: request timed out (fault injected by the sandbox)',
  );

/**
 * The response a handler writes to when its answer is to be lost: everything it writes goes
 * nowhere, and the client, never answered, times out.
 */
export function silenced(response: ServerResponse): ServerResponse {
  const swallowed = new Set<PropertyKey>(['writeHead', 'setHeader', 'write', 'end', 'flushHeaders']);
  const proxy: ServerResponse = new Proxy(response, {
    get: (target, property) => (swallowed.has(property) ? () => proxy : Reflect.get(target, property, target)),
  });
  return proxy;
}

/**
 * Answers a request with its fault. A timeout never answers: it resolves once the client has gone
 * (status 0 in the logs: nothing was sent). A lost answer is the caller's: it serves the request
 * into `silenced(response)`.
 */
export function answerWithFault(
  fault: Exclude<Fault, 'lost'>,
  response: ServerResponse,
  type: ResourceType,
  name: string | undefined,
): Promise<FaultOutcome> {
  switch (fault) {
    case 'error':
      return Promise.resolve({ code: sendStatus(response, internalError()), changed: false });
    case 'conflict':
      return Promise.resolve({ code: sendStatus(response, conflict(type, name ?? '')), changed: false });
    case 'drop':
      response.socket?.destroy();
      return Promise.resolve({ code: 0, changed: false });
    case 'timeout':
      return new Promise((resolve) => response.on('close', () => resolve({ code: 0, changed: false })));
  }
}

/**
 * A port-forward with a fault: `drop` opens it and cuts the WebSocket right after the client's
 * first bytes went through (mid-request); `timeout` never answers the upgrade; the others refuse it.
 */
export function portForwardFault(
  fault: Exclude<Fault, 'lost'>,
  socket: Duplex,
  open: () => void,
  refuse: () => void,
): void {
  if (fault === 'timeout') return;
  if (fault !== 'drop') return refuse();
  open();
  socket.once('data', () => setImmediate(() => socket.destroy()));
}
