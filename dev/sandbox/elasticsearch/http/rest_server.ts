import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { WireResponse } from './rest_pipeline';
import { readRestRequest, type RestRequest } from './rest_request';

export interface RunningRestServer {
  readonly port: number;
  close(): Promise<void>;
}

/** HTTP, or HTTPS with `tls`, on the given interface; the sandbox binds loopback only. */
export async function startRestServer(
  handle: (request: RestRequest) => WireResponse | Promise<WireResponse>,
  host: string,
  port: number,
  tls?: { certificatePem: string; privateKeyPem: string },
): Promise<RunningRestServer> {
  const listener: RequestListener = (message, reply) => {
    readRestRequest(message)
      .then(async (request) => {
        const response = await handle(request);
        if (response.cut === 'drop') return void message.socket.destroy();
        if (response.cut === 'timeout') return;
        reply.writeHead(response.status, response.headers as Record<string, string | string[]>);
        reply.end(response.payload);
      })
      .catch(() => {
        reply.writeHead(500, { 'x-elastic-product': 'Elasticsearch' });
        reply.end();
      });
  };
  const server: Server = tls
    ? createTlsServer({ cert: tls.certificatePem, key: tls.privateKeyPem }, listener)
    : createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The client keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
