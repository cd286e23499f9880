import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { createCertificateAuthority } from '../../../dev/sandbox/tls/certificate_authority';
import { watchCollection, type WatchedChange } from './resource_watch';

/**
 * The answers a real API server gives that test/k8s-env cannot stage on demand: 410 as the response
 * status (a real kube-apiserver sends it as an ERROR event, which watch_resume.test.ts covers) and a
 * lasting 403. A loopback server plays them, one handler per request, in order.
 */
type Answer = (response: ServerResponse) => void;

const event = (type: string, resourceVersion: string) =>
  `${JSON.stringify({ type, object: { kind: 'Elasticsearch', metadata: { name: 'logs', resourceVersion } } })}\n`;
const stream =
  (...lines: string[]) =>
  (response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    for (const line of lines) response.write(line);
  };
const status = (code: number) => (response: ServerResponse) => {
  response.writeHead(code, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ kind: 'Status', code }));
};

// Each test makes a CA and a TLS server; on a loaded CI machine that alone can take seconds.
jest.setTimeout(30_000);

describe('watchCollection', () => {
  let server: Server;
  let answers: Answer[];
  const requests: Array<{ resourceVersion: string | null; at: number }> = [];
  const kubeConfig = new KubeConfig();

  beforeEach(async () => {
    requests.length = 0;
    // client-node speaks only TLS to an API server.
    const ca = await createCertificateAuthority('CN=watch-test-ca');
    const serving = await ca.issue('CN=kube-apiserver', { dns: [], ip: ['127.0.0.1'] });
    server = createServer(
      { cert: serving.certificatePem, key: serving.privateKeyPem },
      (request: IncomingMessage, response: ServerResponse) => {
        const url = new URL(request.url ?? '/', 'https://localhost');
        requests.push({ resourceVersion: url.searchParams.get('resourceVersion'), at: Date.now() });
        (answers.shift() ?? stream())(response);
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    kubeConfig.loadFromOptions({
      clusters: [
        { name: 'c', server: `https://127.0.0.1:${port}`, caData: Buffer.from(ca.certificatePem).toString('base64') },
      ],
      users: [{ name: 'u', token: 'test-token' }],
      contexts: [{ name: 'c', cluster: 'c', user: 'u' }],
      currentContext: 'c',
    });
  });

  // A test that fails before its own abort must not leave a watch retrying: Jest would never exit.
  const watches: AbortController[] = [];
  const newWatch = () => {
    const controller = new AbortController();
    watches.push(controller);
    return controller;
  };

  afterEach(async () => {
    for (const controller of watches.splice(0)) controller.abort();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const until = async (holds: () => boolean, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!holds()) {
      if (Date.now() > deadline) throw new Error(`not reached; requests: ${JSON.stringify(requests)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it('resumes from the last resourceVersion, and starts afresh after a 410 response', async () => {
    answers = [
      (response) => {
        stream(event('ADDED', '5'))(response);
        response.end();
      },
      status(410),
      stream(event('ADDED', '9')),
    ];
    const changes: WatchedChange[] = [];
    const abort = newWatch();
    watchCollection(kubeConfig, '/apis/x/v1/namespaces/n/es', undefined, (c) => changes.push(c), abort.signal);

    await until(() => changes.length === 2);
    abort.abort();
    expect(requests.map((r) => r.resourceVersion)).toEqual([null, '5', null]);
    expect(changes.map((c) => c.resourceVersion)).toEqual(['5', '9']);
    // The 410 is answered by a new watch at once, not after the retry delay (1 s at least).
    expect(requests[2].at - requests[1].at).toBeLessThan(900);
  });

  it('reports a refusal once, and retries it with a growing delay instead of every second', async () => {
    answers = [status(403), status(403), status(403), status(403)];
    const refusals: string[] = [];
    const abort = newWatch();
    watchCollection(
      kubeConfig,
      '/api/v1/namespaces/n/services',
      'a=b',
      () => undefined,
      abort.signal,
      (m) => refusals.push(m),
    );

    await until(() => requests.length === 3);
    abort.abort();
    expect(refusals).toEqual([
      'Kubernetes refused to watch /api/v1/namespaces/n/services (403): the plugin needs the watch verb there',
    ]);
    const [first, second, third] = requests.map((r) => r.at);
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(1_900);
    // Aborted: the pending retry is cancelled, nothing more is asked.
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    expect(requests).toHaveLength(3);
  });
});
