import { createServer, type AddressInfo, type Socket } from 'node:net';

/** A TCP listener that accepts connections and never sends a byte (port 0 picks a free port). */
export interface SilentListener {
  readonly host: string;
  readonly port: number;
  /** Connections accepted so far: proves a dial reached it. */
  accepted(): number;
  close(): Promise<void>;
}

/**
 * A remote that never answers: a load balancer whose backends are gone, or a node stuck in a long
 * pause. The TCP connect succeeds and then nothing comes back, so whoever dials waits until their
 * own timeout (Elasticsearch's TLS handshake timeout, a client's request timeout).
 */
export function startSilentListener(host: string, port: number): Promise<SilentListener> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        host,
        port: (server.address() as AddressInfo).port,
        accepted: () => accepted,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
