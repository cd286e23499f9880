import { isIP } from 'node:net';
import type { ExposedEndpoint } from '../../network/endpoint_directory';
import { bundleFacts, type CertificateFacts } from './certificate_facts';
import {
  proxyConnectionsFailed,
  unreachable,
  type ConnectionFailure,
  type ConnectionFailureCause,
  type FailureContext,
  type NodeLogLine,
} from './connection_failure';
import { describeSslContext, trustedIssuerCount, type ClientSslContext } from './ssl_context';
import { trustDiagnostic } from './trust_diagnostics';

/** Where a TLS failure happened: both ends of the real socket, and what each side was configured with. */
export interface TlsFailureInput {
  readonly context: FailureContext;
  /** The proxy address's host, as the local node dialled it. */
  readonly peerHost: string;
  readonly endpoint: ExposedEndpoint;
  readonly ssl: ClientSslContext;
  readonly session: { readonly cipher: string; readonly protocol: string };
  /** The local end of the socket. */
  readonly client: { readonly address: string; readonly port: number };
  readonly now: Date;
}

/** ECK mounts the transport CA bundle here; the remote's diagnostics name this file. */
const ECK_TRANSPORT_CA_PATH = '/usr/share/elasticsearch/config/transport-certs/ca.crt';

const serverProfile = (endpoint: ExposedEndpoint) =>
  endpoint.profile === 'remote_cluster_server' ? '_remote_cluster' : 'default';

function channel(local: string, remote: string, profile: string): string {
  return `Netty4TcpChannel{localAddress=/${local}, remoteAddress=/${remote}, profile=${profile}}`;
}

const endpointAddress = (input: TlsFailureInput) => `${input.endpoint.host}:${input.endpoint.port}`;
const clientAddress = (input: TlsFailureInput) => `${input.client.address}:${input.client.port}`;

function connectionFailed(input: TlsFailureInput): NodeLogLine {
  return proxyConnectionsFailed(
    input.context,
    `org.elasticsearch.transport.ConnectTransportException: [][${input.context.address}] general node connection failure`,
  );
}

function failure(
  cause: ConnectionFailureCause,
  input: TlsFailureInput,
  local: NodeLogLine | undefined,
  remote?: NodeLogLine,
): ConnectionFailure {
  const localLog = local ? [local, connectionFailed(input)] : [connectionFailed(input)];
  return { cause, localLog, remoteLog: remote, searchFailure: unreachable(input.context.alias) };
}

export type ServerTrustProblem = 'issuer' | 'dates' | 'name';

/** The local node refused the server's certificate: `DiagnosticTrustManager` explains, the remote notices. */
export function serverNotTrusted(
  input: TlsFailureInput,
  problem: ServerTrustProblem,
  serverName: string,
): ConnectionFailure {
  const diagnostic = trustDiagnostic({
    peer: 'server',
    peerHost: input.peerHost,
    chain: bundleFacts(input.endpoint.presentedChainPem),
    context: describeSslContext(input.ssl),
    trusted:
      input.ssl.certificateAuthorities.length > 0 ? input.ssl.certificateAuthorities.map((t) => t.facts) : undefined,
    jdkIssuerCount: trustedIssuerCount(input.ssl),
    session: input.session,
    now: input.now,
  });
  const exception =
    problem === 'issuer'
      ? 'sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.' +
        'SunCertPathBuilderException: unable to find valid certification path to requested target'
      : problem === 'dates'
        ? 'sun.security.validator.ValidatorException: PKIX path validation failed: ' +
          'java.security.cert.CertPathValidatorException: validity check failed'
        : isIP(serverName)
          ? `java.security.cert.CertificateException: No subject alternative names matching IP address ${serverName} found`
          : `java.security.cert.CertificateException: No subject alternative DNS name matching ${serverName} found.`;
  const cause =
    problem === 'issuer'
      ? 'server_not_trusted'
      : problem === 'dates'
        ? 'server_certificate_dates'
        : 'server_name_mismatch';
  return failure(
    cause,
    input,
    { level: 'WARN', logger: 'o.e.c.s.DiagnosticTrustManager', message: `${diagnostic}\n${exception}` },
    {
      level: 'WARN',
      logger: 'o.e.x.c.s.t.n.SecurityNetty4Transport',
      message: `client did not trust this server's certificate, closing connection ${channel(endpointAddress(input), clientAddress(input), serverProfile(input.endpoint))}`,
    },
  );
}

function transportException(input: TlsFailureInput, side: 'local' | 'remote', exception: string): NodeLogLine {
  const clientProfile = input.ssl.name.includes('remote_cluster_client') ? '_remote_cluster' : 'default';
  const description =
    side === 'local'
      ? channel(clientAddress(input), endpointAddress(input), clientProfile)
      : channel(endpointAddress(input), clientAddress(input), serverProfile(input.endpoint));
  return {
    level: 'WARN',
    logger: 'o.e.t.TcpTransport',
    message: `exception caught on transport layer [${description}], closing connection\n${exception}`,
  };
}

const handshakeException = (message: string) =>
  `io.netty.handler.codec.DecoderException: javax.net.ssl.SSLHandshakeException: ${message}`;

/** The server requires a client certificate (the transport port) and the client has none. */
export function clientCertificateRequired(input: TlsFailureInput): ConnectionFailure {
  return failure(
    'client_certificate_required',
    input,
    transportException(input, 'local', handshakeException('Received fatal alert: bad_certificate')),
    transportException(input, 'remote', handshakeException('Empty client certificate chain')),
  );
}

/** The ECK side does not trust the local transport CA (certificate model). */
export function clientCertificateUntrusted(input: TlsFailureInput, presented: CertificateFacts[]): ConnectionFailure {
  const trusted = (input.endpoint.trustedClientCasPem ?? []).flatMap(bundleFacts);
  const diagnostic = trustDiagnostic({
    peer: 'client',
    peerHost: input.client.address,
    chain: presented,
    context: `xpack.security.transport.ssl (with trust configuration: PEM-trust{${ECK_TRANSPORT_CA_PATH}})`,
    trusted,
    session: input.session,
    now: input.now,
  });
  return failure(
    'client_certificate_untrusted',
    input,
    transportException(input, 'local', handshakeException('Received fatal alert: certificate_unknown')),
    { level: 'WARN', logger: 'o.e.c.s.DiagnosticTrustManager', message: diagnostic },
  );
}

/** `xpack.security.remote_cluster_client.ssl.enabled: false` against a TLS listener. */
export function plaintextToTls(input: TlsFailureInput): ConnectionFailure {
  return failure('plaintext_to_tls', input, undefined, {
    level: 'WARN',
    logger: 'o.e.x.c.s.t.n.SecurityNetty4Transport',
    message: `received plaintext traffic on an encrypted channel, closing connection ${channel(endpointAddress(input), clientAddress(input), serverProfile(input.endpoint))}`,
  });
}

/** The proxy address is the HTTP port: the answer starts with `HTTP`, bytes 48 54 54 50. */
export function notATransportPort(input: TlsFailureInput): ConnectionFailure {
  return failure(
    'not_a_transport_port',
    input,
    transportException(
      input,
      'local',
      'java.io.StreamCorruptedException: invalid internal transport message format, got (48,54,54,50)',
    ),
  );
}
