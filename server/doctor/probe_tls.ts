import { isIP } from 'node:net';
import { checkServerIdentity, connect, type DetailedPeerCertificate } from 'node:tls';
import type { DoctorTlsProbe } from '../../common/doctor/doctor_observation';
import type { CertificateSummary } from '../../common/plan/observation';
import { summarizePemBundle } from '../certificates/summarize_pem_bundle';
import type { ProbeTarget } from './probe_target';

const toPem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

/** The presented chain, leaf first, as far as the server sent it. */
function presentedChain(leaf: DetailedPeerCertificate): CertificateSummary[] {
  const chain: CertificateSummary[] = [];
  const seen = new Set<string>();
  for (let certificate: DetailedPeerCertificate | undefined = leaf; certificate?.raw;) {
    if (seen.has(certificate.fingerprint256)) break;
    seen.add(certificate.fingerprint256);
    chain.push(...summarizePemBundle(toPem(certificate.raw)));
    certificate = certificate.issuerCertificate;
  }
  return chain;
}

export interface TlsProbeRequest {
  target: ProbeTarget;
  /** What the nodes check: `server_name`, else the proxy address's host. */
  serverName: string;
  /** ECK's transport CA; without it the chain is reported, not verified. */
  eckCaPem: string | null;
  timeoutMs: number;
}

/**
 * A TLS handshake as the local nodes would make it, without a client certificate: verification is
 * reported, never enforced, so that the doctor can say which part fails (chain, name, dates).
 */
export function probeTls(request: TlsProbeRequest): Promise<DoctorTlsProbe> {
  const { target, serverName } = request;
  return new Promise((resolve) => {
    const socket = connect({
      host: target.host,
      port: target.port,
      ...(request.eckCaPem ? { ca: request.eckCaPem } : {}),
      // RFC 6066 allows no IP address as SNI; Elasticsearch sends none then, and neither does Node.
      servername: isIP(serverName) ? undefined : serverName,
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
    });
    let settled = false;
    const finish = (result: DoctorTlsProbe['result']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ serverName, result });
    };
    const timer = setTimeout(
      () => finish({ kind: 'failed', error: `no handshake within ${request.timeoutMs} ms` }),
      request.timeoutMs,
    );
    socket.once('secureConnect', () => {
      const leaf = socket.getPeerCertificate(true);
      const identity = checkServerIdentity(serverName, leaf);
      const authorizationError = socket.authorizationError as unknown as Error | string | undefined;
      const chainError = socket.authorized
        ? null
        : typeof authorizationError === 'string'
          ? authorizationError
          : ((authorizationError as { code?: string } | undefined)?.code ?? String(authorizationError));
      finish({
        kind: 'established',
        chain: presentedChain(leaf),
        subjectAltNames: (leaf.subjectaltname ?? '').split(', ').filter(Boolean),
        signedByEckCa: request.eckCaPem ? socket.authorized : null,
        chainError: request.eckCaPem ? chainError : null,
        nameError: identity?.message ?? null,
      });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      finish(
        code.startsWith('ERR_SSL_') && code.includes('ALERT')
          ? { kind: 'alert', code }
          : { kind: 'failed', error: code },
      );
    });
  });
}
