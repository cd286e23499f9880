import type { Readable } from 'node:stream';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import { connectionEventStream } from './connection_events';

type WatchArguments = Parameters<KubernetesGateway['watchEckCluster']>;

function gatewayWatching(act: (...args: WatchArguments) => void): KubernetesGateway {
  return { watchEckCluster: act } as unknown as KubernetesGateway;
}

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

describe('connection event stream', () => {
  it('sends each change as an event', async () => {
    const client = new AbortController();
    const stream = connectionEventStream(
      gatewayWatching((_namespace, _name, onChange) => {
        onChange({ type: 'MODIFIED', kind: 'Elasticsearch', name: 'logs-prod', resourceVersion: '7' });
        setImmediate(() => client.abort());
      }),
      'search-prod',
      'logs-prod',
      client.signal,
    );
    const text = await readAll(stream);
    expect(text).toContain('event: change\ndata: {"type":"MODIFIED","kind":"Elasticsearch","name":"logs-prod"}\n\n');
  });

  it('ends with a refused event, and stops the watches, when Kubernetes refuses to watch', async () => {
    let watchSignal: AbortSignal | undefined;
    const stream = connectionEventStream(
      gatewayWatching((_namespace, _name, _onChange, signal, onRefused) => {
        watchSignal = signal;
        setImmediate(() =>
          onRefused?.('Kubernetes refused to watch services (403): the plugin needs the watch verb there'),
        );
      }),
      'search-prod',
      'logs-prod',
      new AbortController().signal,
    );
    const text = await readAll(stream);
    expect(text).toMatch(/event: refused\ndata: \{"message":"Kubernetes refused to watch services \(403\)[^\n]*\n\n$/);
    expect(watchSignal?.aborted).toBe(true);
  });
});
