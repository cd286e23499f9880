import { isIP } from 'node:net';
import { checkServerIdentity, connect } from 'node:tls';

export interface TlsProbeRequest {
  readonly host: string;
  readonly port: number;
  /** Trusted CAs in PEM; empty means the platform's default store, as the JDK store is for Elasticsearch. */
  readonly caPems: readonly string[];
  /** The name the certificate must carry: `server_name`, else the proxy address's host. */
  readonly serverName: string;
  readonly clientCertificate?: { readonly certificatePem: string; readonly privateKeyPem: string };
  readonly timeoutMs: number;
}

export type TlsProbeResult =
  | {
      readonly kind: 'established';
      /** OpenSSL's verdict on the chain against `caPems`. */
      readonly authorized: boolean;
      readonly authorizationError?: string;
      /** Why `serverName` does not match the certificate, when it does not. */
      readonly identityError?: string;
      readonly cipher: string;
      readonly protocol: string;
      readonly localAddress: string;
      readonly localPort: number;
    }
  /** The server ended the handshake with an alert: it refused our client certificate, or its absence. */
  | { readonly kind: 'alert'; readonly code: string; readonly localAddress: string; readonly localPort: number }
  | { readonly kind: 'unreachable'; readonly code: string };

function errorCode(error: unknown): string {
  if (typeof error === 'string') return error;
  return (error as { code?: string } | null)?.code ?? String(error);
}

/**
 * A real TLS handshake with the endpoint. Verification is not enforced here but reported, so the
 * caller can apply `verification_mode` and name the failure as Elasticsearch would.
 */
export function probeTls(request: TlsProbeRequest): Promise<TlsProbeResult> {
  return new Promise((resolve) => {
    const socket = connect({
      host: request.host,
      port: request.port,
      ca: request.caPems.length > 0 ? [...request.caPems] : undefined,
      // RFC 6066 allows no IP address as SNI: Elasticsearch sends none then, and neither does Node.
      servername: isIP(request.serverName) ? undefined : request.serverName,
      cert: request.clientCertificate?.certificatePem,
      key: request.clientCertificate?.privateKeyPem,
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
    });
    let settled = false;
    const finish = (result: TlsProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ kind: 'unreachable', code: 'ETIMEDOUT' }), request.timeoutMs);
    socket.once('secureConnect', () => {
      const cipher = socket.getCipher();
      const identity = checkServerIdentity(request.serverName, socket.getPeerCertificate());
      finish({
        kind: 'established',
        authorized: socket.authorized,
        authorizationError: socket.authorized ? undefined : errorCode(socket.authorizationError),
        identityError: identity?.message,
        cipher: cipher.standardName ?? cipher.name,
        protocol: socket.getProtocol() ?? 'unknown',
        localAddress: socket.localAddress ?? '',
        localPort: socket.localPort ?? 0,
      });
    });
    // Kept from the TCP connect: once the server aborts the handshake the socket forgets its address.
    let local = { localAddress: '', localPort: 0 };
    socket.once('connect', () => {
      local = { localAddress: socket.localAddress ?? '', localPort: socket.localPort ?? 0 };
    });
    socket.on('error', (error) => {
      const code = errorCode(error);
      const alert = code.startsWith('ERR_SSL_') && code.includes('ALERT');
      finish(alert ? { kind: 'alert', code, ...local } : { kind: 'unreachable', code });
    });
  });
}
