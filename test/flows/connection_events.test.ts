import type { Standalone } from '../../dev/host/start_standalone';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { ELASTICSEARCH_TYPE } from '../../dev/sandbox/kubernetes/resource_types';
import { startSandboxApp } from '../browser/support/standalone_app';
import { hostApiClient } from '../support/host_api_client';
import { createSecretScanner, finalScan, type SecretScanner } from '../support/secret_scanner';
import { capturingLogger } from './capturing_logger';

jest.setTimeout(30_000);

const HEADERS = {
  'x-elastic-internal-origin': 'kibana',
  'elastic-api-version': '1',
  authorization: `Basic ${Buffer.from(`admin:${SEED_PASSWORDS.admin}`).toString('base64')}`,
};

/** Reads Server-Sent Events from a fetch body, one `change` event at a time; `seen` gets every chunk. */
function eventReader(body: ReadableStream<Uint8Array>, seen: (text: string) => void) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return async function nextChange(): Promise<{ type: string; kind: string; name: string }> {
    for (;;) {
      const boundary = buffer.indexOf('\n\n');
      if (boundary >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (block.includes('event: change') && data) return JSON.parse(data.slice(6));
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      const text = decoder.decode(value, { stream: true });
      seen(text);
      buffer += text;
    }
  };
}

describe('connection events: Kubernetes watches pushed to the browser', () => {
  let app: Standalone;
  let scanner: SecretScanner;
  const logLines: string[] = [];
  beforeAll(async () => {
    app = await startSandboxApp({
      world: { timings: { rollingRestartMs: 100, loadBalancerDelayMs: 100 } },
      logger: capturingLogger(logLines),
    });
    scanner = createSecretScanner(app.world);
  });
  afterAll(async () => {
    const leaks = finalScan(scanner, logLines, app.world);
    await app?.stop();
    expect(leaks).toEqual([]);
  });

  it('tells of a change to the ECK cluster as it happens, and watches rather than polls', async () => {
    const abort = new AbortController();
    const response = await fetch(
      `${app.baseUrl}/internal/eck_remote_clusters/connections/events?namespace=search-ops&name=metrics-prod`,
      { headers: HEADERS, signal: abort.signal },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const nextChange = eventReader(response.body!, (text) => scanner.record('the event stream', text));
    // A watch started without a resourceVersion first lists what exists.
    await nextChange();

    const requestsBefore = app.world!.kubernetes.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(app.world!.kubernetes.requests.length).toBe(requestsBefore);

    const store = app.world!.kubernetes.store;
    const current = store.get(ELASTICSEARCH_TYPE, 'search-ops', 'metrics-prod')!;
    store.replace(
      ELASTICSEARCH_TYPE,
      { ...current, spec: { ...(current.spec as object), remoteClusterServer: { enabled: true } } },
      { statusOnly: false },
    );
    let change = await nextChange();
    while (change.name !== 'metrics-prod') change = await nextChange();
    expect(change).toMatchObject({ type: 'MODIFIED', kind: 'Elasticsearch', name: 'metrics-prod' });
    abort.abort();
  });

  it('refuses a namespace or name that is not valid, naming the field', async () => {
    const response = await hostApiClient(app.baseUrl, 'admin', scanner.tap).get(
      '/internal/eck_remote_clusters/connections/events?namespace=Bad&name=x',
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ attributes: { field: 'namespace' } });
  });
});
