import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { routeControlRequest } from './control_routes';
import { createNodeActions } from './node_actions';
import type { SelfManagedCluster } from './self_managed_cluster';

export interface NodeControlServer {
  /** `http://127.0.0.1:<port>`; the CLI reads it from `ECK_SANDBOX_CONTROL_URL` or the state file. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The hosts of the self-managed cluster, over HTTP: what an admin does with a shell on each node
 * (keystore, elasticsearch.yml, files, restarts), for the CLI and for tests. Loopback only, like
 * everything in the sandbox.
 */
export async function startNodeControlServer(cluster: SelfManagedCluster, port = 0): Promise<NodeControlServer> {
  const actions = createNodeActions(cluster);
  const server = createServer((message, reply) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => {
      const url = new URL(message.url ?? '/', 'http://sandbox.invalid');
      const segments = url.pathname
        .split('/')
        .filter((segment) => segment !== '')
        .map(decodeURIComponent);
      routeControlRequest(actions, () => cluster.settled(), {
        method: (message.method ?? 'GET').toUpperCase(),
        segments,
        body: Buffer.concat(chunks).toString('utf8'),
      })
        .then(({ status, body }) => {
          const text = typeof body === 'string';
          reply.writeHead(status, { 'content-type': text ? 'text/plain; charset=utf-8' : 'application/json' });
          reply.end(text ? body : JSON.stringify(body));
        })
        .catch((error: unknown) => {
          reply.writeHead(500, { 'content-type': 'application/json' });
          reply.end(JSON.stringify({ error: (error as Error).message }));
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
