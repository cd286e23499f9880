import { PassThrough, type Readable } from 'node:stream';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';

/** Load balancers drop idle connections; a comment line every 15 s keeps the stream open. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events telling the browser that an ECK cluster or its Services changed, from
 * Kubernetes watches: the page re-reads the plan at once instead of polling. Nothing is kept once
 * the client goes away.
 */
export function connectionEventStream(
  kubernetes: KubernetesGateway,
  namespace: string,
  name: string,
  signal: AbortSignal,
): Readable {
  const stream = new PassThrough();
  const watches = new AbortController();
  const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const stop = () => {
    clearInterval(heartbeat);
    watches.abort();
    stream.end();
  };
  signal.addEventListener('abort', stop, { once: true });
  stream.on('close', stop);

  stream.write('retry: 2000\n\n');
  kubernetes.watchEckCluster(
    namespace,
    name,
    (change) =>
      stream.write(
        `event: change\ndata: ${JSON.stringify({ type: change.type, kind: change.kind, name: change.name })}\n\n`,
      ),
    watches.signal,
    // Kubernetes refused the watch (RBAC): the stream ends, and the page falls back to reading the
    // plan while a step waits, instead of waiting for events that cannot come.
    (message) => {
      stream.write(`event: refused\ndata: ${JSON.stringify({ message })}\n\n`);
      stop();
    },
  );
  return stream;
}
