import type { ExposedEndpoint } from '../../network/endpoint_directory';
import type { LicenseState } from '../cluster/license';
import type { ClusterModel } from '../cluster/cluster_model';
import { wireIncompatibility } from '../cluster/version_info';
import type { StoredApiKey } from '../security/api_keys';
import type { RemoteClusterConfig } from '../settings/remote_cluster_settings';
import { authenticateCrossClusterAccess } from './api_key_handshake';
import { bundleFacts, isSignedBy, isWithinValidity, type CertificateFacts } from './certificate_facts';
import {
  connectException,
  illegalArgumentFailure,
  proxyConnectionsFailed,
  REMOTE_HANDSHAKE_ACTION,
  securityFailure,
  unreachable,
  type ConnectionFailure,
  type FailureContext,
} from './connection_failure';
import { splitHostPort } from './proxy_address';
import type { ClientSslContext } from './ssl_context';
import {
  clientCertificateRequired,
  clientCertificateUntrusted,
  notATransportPort,
  plaintextToTls,
  serverNotTrusted,
  type TlsFailureInput,
} from './tls_failures';
import type { TlsProbeResult } from './tls_probe';

/** Everything one node knows when it dials one remote, with the real TLS handshake's result. */
export interface ConnectionAttempt {
  readonly alias: string;
  readonly remote: RemoteClusterConfig;
  readonly local: { readonly version: string; readonly license: LicenseState };
  /** `cluster.remote.<alias>.credentials` as loaded on this node: its presence selects the API key model. */
  readonly credentials: string | undefined;
  /** The context the model uses: the remote cluster client's (API key) or the transport's (certificate). */
  readonly ssl: ClientSslContext;
  /** What the proxy address resolved to, if anything. */
  readonly endpoint: ExposedEndpoint | undefined;
  /** The handshake with `endpoint`; absent when nothing was dialled (no endpoint, TLS disabled). */
  readonly tls: TlsProbeResult | undefined;
  readonly now: Date;
}

export type SecurityModel = 'api_key' | 'certificate';

export type ConnectionOutcome =
  | {
      readonly connected: true;
      readonly model: SecurityModel;
      readonly remote: ClusterModel;
      /** The cross-cluster API key the remote authenticated (API key model). */
      readonly apiKey?: StoredApiKey;
    }
  | { readonly connected: false; readonly failure: ConnectionFailure };

const OPENSSL_DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const MISSING_CREDENTIALS_HEADER =
  'Cross cluster requests through the dedicated remote cluster server port require transport header ' +
  '[_cross_cluster_access_credentials] but none found. Please ensure you have configured remote cluster ' +
  'credentials on the cluster originating the request.';

const failed = (failure: ConnectionFailure): ConnectionOutcome => ({ connected: false, failure });

/** Does the server accept this client certificate? `undefined` when it asks for none. */
function clientCertificateVerdict(
  endpoint: ExposedEndpoint,
  presented: CertificateFacts[],
  now: Date,
): 'accepted' | 'missing' | 'untrusted' | undefined {
  if (endpoint.trustedClientCasPem === null) return undefined;
  const [leaf] = presented;
  if (!leaf) return 'missing';
  const trusted = endpoint.trustedClientCasPem.flatMap(bundleFacts);
  const signed = trusted.some((ca) => isSignedBy(leaf, ca) && isWithinValidity(ca, now));
  return signed && isWithinValidity(leaf, now) ? 'accepted' : 'untrusted';
}

/** The TLS half: the server's certificate against our trust, then ours against the server's. */
function tlsFailure(attempt: ConnectionAttempt, endpoint: ExposedEndpoint, context: FailureContext) {
  const tls = attempt.tls;
  const { host } = splitHostPort(attempt.remote.mode === 'proxy' ? attempt.remote.proxyAddress : '') ?? { host: '' };
  const base = { context, peerHost: host, endpoint, ssl: attempt.ssl, now: attempt.now };
  if (!attempt.ssl.enabled)
    return plaintextToTls({
      ...base,
      session: { cipher: '', protocol: '' },
      client: { address: '127.0.0.1', port: 0 },
    });
  if (!tls || tls.kind === 'unreachable') return connectException(context);
  const presented = attempt.ssl.clientCertificate ? bundleFacts(attempt.ssl.clientCertificate.certificatePem) : [];
  if (tls.kind === 'alert') {
    const client = { address: tls.localAddress, port: tls.localPort };
    const input: TlsFailureInput = { ...base, session: { cipher: '', protocol: '' }, client };
    return presented.length > 0 ? clientCertificateUntrusted(input, presented) : clientCertificateRequired(input);
  }
  const input: TlsFailureInput = {
    ...base,
    session: { cipher: tls.cipher, protocol: tls.protocol },
    client: { address: tls.localAddress, port: tls.localPort },
  };
  const mode = attempt.ssl.verificationMode;
  const serverName = attempt.remote.mode === 'proxy' && attempt.remote.serverName ? attempt.remote.serverName : host;
  if (mode !== 'none' && !tls.authorized) {
    return serverNotTrusted(
      input,
      OPENSSL_DATE_ERRORS.has(tls.authorizationError ?? '') ? 'dates' : 'issuer',
      serverName,
    );
  }
  if (mode === 'full' && tls.identityError) return serverNotTrusted(input, 'name', serverName);
  const verdict = clientCertificateVerdict(endpoint, presented, attempt.now);
  if (verdict === 'missing') return clientCertificateRequired(input);
  if (verdict === 'untrusted') return clientCertificateUntrusted(input, presented);
  return endpoint.profile === 'http' ? notATransportPort(input) : undefined;
}

/**
 * Connected, or the first failure the real handshake meets: address, TLS both ways, transport
 * versions, the port's profile against the security model, licences, then the API key.
 */
export function decideConnection(attempt: ConnectionAttempt): ConnectionOutcome {
  const { alias, remote, endpoint } = attempt;
  if (remote.mode === 'sniff') {
    // The seeds answer with the remote nodes' publish addresses, which only resolve inside Kubernetes.
    const exception = `org.elasticsearch.transport.ConnectTransportException: [][${remote.seeds[0] ?? ''}] connect_exception`;
    return failed({
      cause: 'sniff_unreachable',
      localLog: [
        {
          level: 'WARN',
          logger: 'o.e.t.SniffConnectionStrategy',
          message: `fetching nodes from external cluster [${alias}] failed\n${exception}`,
        },
      ],
      searchFailure: unreachable(alias),
    });
  }
  const context: FailureContext = {
    alias,
    address: remote.proxyAddress,
    remoteNodeName: endpoint?.elasticsearch.identity.nodeName,
  };
  if (!endpoint) return failed(connectException(context));
  const tls = tlsFailure(attempt, endpoint, context);
  if (tls) return failed(tls);

  const incompatible = wireIncompatibility(attempt.local.version, endpoint.elasticsearch.identity.version);
  if (incompatible) {
    const exception =
      `org.elasticsearch.transport.ConnectTransportException: [][${remote.proxyAddress}] handshake failed\n` +
      `Caused by: java.lang.IllegalStateException: Received handshake message from unsupported version: ` +
      `[${incompatible.version}] minimal compatible version is: [${incompatible.minimumCompatible}]`;
    return failed({
      cause: 'unsupported_version',
      localLog: [proxyConnectionsFailed(context, exception)],
      searchFailure: unreachable(alias),
    });
  }

  const credentials = attempt.credentials;
  if (credentials === undefined) {
    return endpoint.profile === 'remote_cluster_server'
      ? failed(illegalArgumentFailure('missing_cross_cluster_credentials', context, MISSING_CREDENTIALS_HEADER))
      : { connected: true, model: 'certificate', remote: endpoint.elasticsearch };
  }
  if (endpoint.profile === 'transport') {
    // The transport profile ignores the cross-cluster credentials header: the handshake arrives unauthenticated.
    const message = `missing authentication credentials for action [${REMOTE_HANDSHAKE_ACTION}]`;
    return failed(securityFailure('missing_authentication', context, message));
  }
  const access = authenticateCrossClusterAccess(
    context,
    credentials,
    attempt.local.license,
    endpoint.elasticsearch,
    attempt.now,
  );
  if (!access.ok) return failed(access.failure);
  return { connected: true, model: 'api_key', remote: endpoint.elasticsearch, apiKey: access.key };
}
