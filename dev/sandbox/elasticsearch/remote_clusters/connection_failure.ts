import type { estypes } from '@elastic/elasticsearch';

/** Why a remote cluster did not connect, in the order the real handshake meets each cause. */
export type ConnectionFailureCause =
  | 'connect_exception'
  | 'sniff_unreachable'
  | 'plaintext_to_tls'
  | 'server_not_trusted'
  | 'server_certificate_dates'
  | 'server_name_mismatch'
  | 'client_certificate_required'
  | 'client_certificate_untrusted'
  | 'not_a_transport_port'
  | 'unsupported_version'
  | 'missing_cross_cluster_credentials'
  | 'missing_authentication'
  | 'license_non_compliant'
  | 'api_key_invalid_value'
  | 'api_key_not_cross_cluster'
  | 'api_key_unauthenticated'
  /** The single-node sandbox cluster has no network: a test said the remote is down. */
  | 'unavailable';

/** One line of a node's log, as Elasticsearch writes it (the message may carry a stack of causes). */
export interface NodeLogLine {
  readonly level: 'INFO' | 'WARN';
  /** Abbreviated as Elasticsearch's log pattern does: `o.e.t.ProxyConnectionStrategy`. */
  readonly logger: string;
  readonly message: string;
}

/** What a search gets when the failing remote has `skip_unavailable: false`. */
export interface SearchFailure {
  readonly status: number;
  readonly type: string;
  readonly reason: string;
  readonly causedBy?: estypes.ErrorCause;
}

export interface ConnectionFailure {
  readonly cause: ConnectionFailureCause;
  /** What the local node logs: the phrases the troubleshooting guide tells admins to look for. */
  readonly localLog: readonly NodeLogLine[];
  /** What the remote cluster logs, when it logs anything at all. */
  readonly remoteLog?: NodeLogLine;
  /**
   * The `error` of this alias in `_resolve/cluster`. Absent where Elasticsearch counts the remote as
   * unavailable (`ExceptionsHelper.isRemoteUnavailableException`: connection and TLS failures), as
   * `TransportResolveClusterAction` then reports only `connected: false`.
   */
  readonly resolveError?: string;
  readonly searchFailure: SearchFailure;
}

const PROXY_STRATEGY = 'o.e.t.ProxyConnectionStrategy';
export const REMOTE_HANDSHAKE_ACTION = 'cluster:internal/remote_cluster/handshake';
export const ADVANCED_REMOTE_CLUSTER_SECURITY = 'advanced-remote-cluster-security';

/** Where the failure happened, for the exception lines that name addresses. */
export interface FailureContext {
  readonly alias: string;
  /** `host:port` as dialled. */
  readonly address: string;
  readonly remoteNodeName?: string;
}

/** The exception a search gets when the remote could not be reached at all. */
export function unreachable(alias: string): SearchFailure {
  return { status: 500, type: 'connect_transport_exception', reason: `Unable to connect to [${alias}]` };
}

export function proxyConnectionsFailed(context: FailureContext, exception: string): NodeLogLine {
  return {
    level: 'WARN',
    logger: PROXY_STRATEGY,
    message: `failed to open any proxy connections to cluster [${context.alias}]\n${exception}`,
  };
}

/** The remote answered the remote-cluster handshake with an exception; the local node logs it as the cause. */
function handshakeRejected(context: FailureContext, causeClass: string, message: string): NodeLogLine {
  return proxyConnectionsFailed(
    context,
    `org.elasticsearch.transport.RemoteTransportException: [${context.remoteNodeName ?? ''}][${context.address}]` +
      `[${REMOTE_HANDSHAKE_ACTION}]\nCaused by: ${causeClass}: ${message}`,
  );
}

export function connectException(context: FailureContext): ConnectionFailure {
  return {
    cause: 'connect_exception',
    localLog: [
      proxyConnectionsFailed(
        context,
        `org.elasticsearch.transport.ConnectTransportException: [][${context.address}] connect_exception`,
      ),
    ],
    searchFailure: unreachable(context.alias),
  };
}

/** A security exception from the remote handshake: `_resolve/cluster` shows its message. */
export function securityFailure(
  cause: ConnectionFailureCause,
  context: FailureContext,
  message: string,
  options: { status?: number; remoteLog?: NodeLogLine } = {},
): ConnectionFailure {
  return {
    cause,
    localLog: [handshakeRejected(context, 'org.elasticsearch.ElasticsearchSecurityException', message)],
    remoteLog: options.remoteLog,
    resolveError: message,
    searchFailure: { status: options.status ?? 401, type: 'security_exception', reason: message },
  };
}

/** An `IllegalArgumentException` from the remote handshake: `_resolve/cluster` shows `cause.toString()`. */
export function illegalArgumentFailure(
  cause: ConnectionFailureCause,
  context: FailureContext,
  message: string,
): ConnectionFailure {
  return {
    cause,
    localLog: [handshakeRejected(context, 'java.lang.IllegalArgumentException', message)],
    resolveError: `java.lang.IllegalArgumentException: ${message}`,
    searchFailure: { status: 400, type: 'illegal_argument_exception', reason: message },
  };
}

export function licenseNonCompliant(context: FailureContext, side: 'local' | 'remote'): ConnectionFailure {
  const message = `current license is non-compliant for [${ADVANCED_REMOTE_CLUSTER_SECURITY}]`;
  const failure = securityFailure('license_non_compliant', context, message, { status: 403 });
  if (side === 'remote') {
    return {
      ...failure,
      remoteLog: { level: 'WARN', logger: 'o.e.x.s.a.CrossClusterAccessAuthenticationService', message },
    };
  }
  // The local node refuses to send its credentials before anything reaches the remote.
  const exception = `org.elasticsearch.ElasticsearchSecurityException: ${message}`;
  return { ...failure, localLog: [proxyConnectionsFailed(context, exception)] };
}
