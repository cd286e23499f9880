import type { Socket } from 'node:net';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import type { ListenerProfile } from '../network/endpoint_directory';

/** What one TLS handshake at an exposed endpoint looked like, for the security model to judge. */
export interface HandshakeRecord {
  endpoint: string;
  profile: ListenerProfile;
  at: Date;
  /** The SNI the client sent (Elasticsearch sends `server_name`, or the proxy address host). */
  servername?: string;
  /** The client certificate, when the transport profile asked for one and the client sent it. */
  peerCertificatePem?: string;
  /** Whether that client certificate chains to a trusted client CA. */
  clientAuthorized?: boolean;
  clientAuthorizationError?: string;
  /** Set when the handshake failed (for example the client did not trust the server). */
  error?: string;
}

export interface ListenerCredentials {
  /** Leaf first, then the CA. */
  chainPem: string;
  privateKeyPem: string;
  /** CAs whose client certificates are trusted; null when the server asks for none. */
  clientCasPem: string[] | null;
}

export interface TlsListener {
  readonly endpoint: string;
  update(credentials: ListenerCredentials): void;
  close(): Promise<void>;
}

const secureContext = (credentials: ListenerCredentials) => ({
  cert: credentials.chainPem,
  key: credentials.privateKeyPem,
  ...(credentials.clientCasPem ? { ca: credentials.clientCasPem } : {}),
});

/**
 * A real TLS listener: the transport profile asks for a client certificate without rejecting
 * any (the decision is the security model's), the remote cluster server asks for none. After the
 * handshake the connection stays open and idle, as a node waits for the transport handshake.
 */
export async function openTlsListener(
  host: string,
  port: number,
  profile: ListenerProfile,
  credentials: ListenerCredentials,
  record: (handshake: HandshakeRecord) => void,
): Promise<TlsListener> {
  const endpoint = `${host}:${port}`;
  const sockets = new Set<Socket>();
  const server: Server = createServer({
    ...secureContext(credentials),
    requestCert: credentials.clientCasPem !== null,
    rejectUnauthorized: false,
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket: TLSSocket) => {
    socket.on('error', () => socket.destroy());
    const servername = (socket as TLSSocket & { servername?: string | false }).servername || undefined;
    const peer = socket.getPeerX509Certificate();
    record({
      endpoint,
      profile,
      at: new Date(),
      servername,
      ...(peer ? { peerCertificatePem: peer.toString() } : {}),
      ...(credentials.clientCasPem && peer
        ? { clientAuthorized: socket.authorized, clientAuthorizationError: socket.authorizationError?.toString() }
        : {}),
    });
  });
  server.on('tlsClientError', (error: Error) => record({ endpoint, profile, at: new Date(), error: error.message }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    endpoint,
    update(next) {
      // New handshakes present the new chain; established connections keep theirs, as with a reload.
      credentials = next;
      server.setSecureContext(secureContext(next));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
