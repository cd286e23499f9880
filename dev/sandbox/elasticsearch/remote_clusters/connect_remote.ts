import { createHash } from 'node:crypto';
import type { EndpointDirectory, ExposedEndpoint } from '../../network/endpoint_directory';
import { decideConnection, type ConnectionAttempt, type ConnectionOutcome } from './decide_connection';
import { splitHostPort } from './proxy_address';
import { probeTls, type TlsProbeResult } from './tls_probe';

export type DialRequest = Omit<ConnectionAttempt, 'endpoint' | 'tls' | 'now'>;

/** Resolves a proxy address, performs the real TLS handshake and decides the outcome. */
export interface RemoteDialer {
  dial(request: DialRequest): Promise<ConnectionOutcome>;
}

export interface RemoteDialerOptions {
  /** `xpack.security.remote_cluster_client.ssl.handshake_timeout` defaults to 10s. */
  readonly handshakeTimeoutMs?: number;
  /** How long a handshake's result stands for the same configuration on both ends. */
  readonly cacheTtlMs?: number;
}

/** Everything the handshake's result depends on: the same inputs give the same verdict. */
function fingerprint(endpoint: ExposedEndpoint, request: DialRequest, serverName: string): string {
  const { ssl } = request;
  const material = JSON.stringify([
    endpoint.host,
    endpoint.port,
    endpoint.presentedChainPem,
    endpoint.trustedClientCasPem,
    ssl.certificateAuthorities.map((trusted) => trusted.facts.pem),
    ssl.clientCertificate?.certificatePem ?? null,
    serverName,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

export function createRemoteDialer(directory: EndpointDirectory, options: RemoteDialerOptions = {}): RemoteDialer {
  const handshakes = new Map<string, { at: number; result: Promise<TlsProbeResult> }>();
  const ttl = options.cacheTtlMs ?? 30_000;
  const handshakeTimeoutMs = options.handshakeTimeoutMs ?? 10_000;

  function handshake(endpoint: ExposedEndpoint, request: DialRequest, serverName: string): Promise<TlsProbeResult> {
    const key = fingerprint(endpoint, request, serverName);
    const cached = handshakes.get(key);
    if (cached && Date.now() - cached.at < ttl) return cached.result;
    const result = probeTls({
      host: endpoint.host,
      port: endpoint.port,
      caPems: request.ssl.certificateAuthorities.map((trusted) => trusted.facts.pem),
      serverName,
      clientCertificate: request.ssl.clientCertificate,
      timeoutMs: handshakeTimeoutMs,
    });
    handshakes.set(key, { at: Date.now(), result });
    return result;
  }

  return {
    async dial(request) {
      const { remote } = request;
      const target = remote.mode === 'proxy' ? splitHostPort(remote.proxyAddress) : undefined;
      const endpoint = target ? directory.resolve(target.host, target.port) : undefined;
      let tls: TlsProbeResult | undefined;
      if (endpoint && target && request.ssl.enabled && remote.mode === 'proxy') {
        tls = await handshake(endpoint, request, remote.serverName || target.host);
      } else if (target && directory.isSilent?.(target.host, target.port)) {
        // Something accepts the connection and never answers: the dial waits out the handshake timeout.
        tls = await probeTls({ ...target, caPems: [], serverName: target.host, timeoutMs: handshakeTimeoutMs });
      }
      return decideConnection({ ...request, endpoint, tls, now: new Date() });
    },
  };
}
