import type { HopId } from './hop_types';

export interface DoctorCatalogueEntry {
  hop: HopId;
  /** The symptom, as a title. */
  title: string;
  cause: string;
  fix: string;
  /** Where the failure and its fix are documented. */
  docReference: string;
  /**
   * The exact phrases Elasticsearch or ECK write for this failure (API responses or node logs);
   * empty when only the plugin's own checks can see it.
   */
  messages: readonly string[];
}

const TROUBLESHOOTING =
  'Elastic docs: Remote clusters › Troubleshooting (docs-content remote-clusters-troubleshooting.md)';
const ECK_RCS =
  'ECK docs: Connect a self-managed cluster to an ECK-managed cluster (docs-content self-remote-cluster-eck.md)';
const HANDSHAKE = 'cluster:internal/remote_cluster/handshake';

/**
 * Every way a remote connection is known to fail, one entry per failure mode, from the failure
 * table of `eck-and-elasticsearch.md` §16 and the hops only the plugin can check (Kubernetes, the
 * Kibana host's probes). The doctor names these; the README's troubleshooting section is generated
 * from them.
 */
export const DOCTOR_CATALOGUE = {
  kubernetes_unavailable: {
    hop: 'kubernetes',
    title: 'Kubernetes cannot be read',
    cause:
      'The Kubernetes API server is not configured, cannot be reached, rejects the plugin credentials or refuses a read the doctor needs.',
    fix: 'Check eck_remote_clusters.kubernetes in kibana.yml, the network path to the API server, and that the identity Kibana uses is bound to deploy/kubernetes/cluster-role.yaml.',
    docReference: 'README: Kubernetes permissions',
    messages: [],
  },
  eck_cluster_not_found: {
    hop: 'eck_resource',
    title: 'The ECK cluster does not exist',
    cause: 'There is no Elasticsearch resource with this namespace and name.',
    fix: 'Check the namespace and name; the overview lists the ECK clusters the plugin can see.',
    docReference: ECK_RCS,
    messages: [],
  },
  eck_cluster_not_ready: {
    hop: 'eck_resource',
    title: 'The ECK cluster is not ready',
    cause: 'ECK reports a phase other than Ready or a red health: the cluster is restarting, stalled or invalid.',
    fix: "Wait for the rolling restart to finish; otherwise read the resource's status.conditions and the operator log (kubectl describe elasticsearch).",
    docReference: 'eck-and-elasticsearch.md §1.5 (status fields)',
    messages: [],
  },
  eck_changes_not_observed: {
    hop: 'eck_resource',
    title: 'ECK has not acted on the latest change',
    cause:
      'status.observedGeneration is behind metadata.generation: the operator has not reconciled the last change yet (or is not running).',
    fix: 'Wait a moment; if it stays behind, check that the ECK operator runs and manages this namespace.',
    docReference: 'eck-and-elasticsearch.md §1.5 (status fields)',
    messages: [],
  },
  remote_cluster_server_disabled: {
    hop: 'remote_cluster_server',
    title: 'The remote cluster server is off',
    cause:
      'spec.remoteClusterServer.enabled is not true: nothing listens on port 9443, so every connection is refused.',
    fix: 'Set spec.remoteClusterServer.enabled: true on the Elasticsearch resource (ECK restarts the cluster), or use the plugin\'s "Add ECK remote" flow.',
    docReference: ECK_RCS,
    messages: ['connect_exception', 'failed to open any proxy connections to cluster'],
  },
  remote_cluster_service_missing: {
    hop: 'remote_cluster_server',
    title: 'The remote cluster Service is missing',
    cause:
      'The remote cluster server is enabled but the Service <name>-es-remote-cluster does not exist: ECK has not reconciled it.',
    fix: 'Check that the ECK operator (2.16 or later) runs and manages this namespace; it creates the Service once it sees the change.',
    docReference: 'eck-and-elasticsearch.md §2 (names, ports and labels)',
    messages: [],
  },
  exposure_address_missing: {
    hop: 'exposure',
    title: 'The remote cluster server has no address outside Kubernetes',
    cause:
      'No Service of the cluster exposes port 9443 with an external address: the Service is headless or ClusterIP, or the load balancer has not assigned an address yet.',
    fix: 'Expose it (ECK 3.3+: spec.remoteClusterServer.service.spec.type: LoadBalancer; before: a separate LoadBalancer Service with targetPort 9443), then wait for the address.',
    docReference: 'eck-and-elasticsearch.md §6 (exposing the remote cluster server)',
    messages: [],
  },
  proxy_address_not_this_cluster: {
    hop: 'exposure',
    title: 'The alias dials another address',
    cause:
      "The alias's proxy address is none of the addresses Kubernetes gives this ECK cluster, and its server name is not this cluster's.",
    fix: 'Set the proxy address to the exposed address of this cluster (and server_name <name>-es-remote-cluster.<namespace>.svc), or diagnose the cluster the alias really points at.',
    docReference: ECK_RCS,
    messages: [],
  },
  sniff_mode_with_eck: {
    hop: 'exposure',
    title: 'Sniff mode cannot reach an ECK cluster from outside Kubernetes',
    cause:
      'In sniff mode the nodes connect to the addresses the remote publishes, which are pod addresses only Kubernetes resolves.',
    fix: 'Switch the alias to proxy mode with the exposed address as proxy_address (set the seeds to null in the same request).',
    docReference: 'docs-content connection-modes.md; eck-and-elasticsearch.md §5',
    messages: ['fetching nodes from external cluster'],
  },
  proxy_address_unreachable: {
    hop: 'tcp',
    title: 'Nothing answers at the proxy address',
    cause:
      'A TCP connection to the proxy address fails: a wrong host or port, a firewall, or a load balancer without a backend.',
    fix: 'Check the proxy address against the exposed address and port, the firewall between the nodes and the load balancer, and that the remote cluster server is enabled.',
    docReference: TROUBLESHOOTING,
    messages: ['connect_exception', 'failed to open any proxy connections to cluster'],
  },
  tls_not_signed_by_eck_ca: {
    hop: 'tls',
    title: "The certificate at the proxy address is not signed by the ECK cluster's CA",
    cause:
      "The server at the proxy address presents a certificate that the ECK cluster's transport CA did not sign: the address belongs to something else, or a proxy terminates TLS.",
    fix: "Point the alias at this cluster's exposed address with a pass-through (L4) load balancer; if a proxy terminates TLS on purpose, trust that proxy's CA instead.",
    docReference: 'eck-and-elasticsearch.md §6 (TLS termination)',
    messages: ['PKIX path building failed', 'unable to find valid certification path to requested target'],
  },
  tls_server_name_mismatch: {
    hop: 'tls',
    title: 'The server name is not in the certificate',
    cause:
      "The name the nodes check (server_name, or the proxy address host when unset) is not among the certificate's subject alternative names; ECK does not add load balancer addresses to them.",
    fix: 'Set server_name to <name>-es-remote-cluster.<namespace>.svc (API key model) or <name>-es-transport.<namespace>.svc (certificate model), or add the load balancer name to spec.transport.tls.subjectAltNames.',
    docReference: 'eck-and-elasticsearch.md §4 (server_name and SNI)',
    messages: ['No subject alternative DNS name matching', 'No subject alternative names matching IP address'],
  },
  tls_certificate_expired: {
    hop: 'tls',
    title: 'The certificate at the proxy address is out of its validity',
    cause: 'The certificate presented at the proxy address, or the CA that signed it, is expired or not yet valid.',
    fix: 'Let ECK renew its certificates (check the operator), or renew the certificate of whatever terminates TLS; check the clocks of the hosts.',
    docReference: 'eck-and-elasticsearch.md §12 (CA rotation)',
    messages: ['certificate dates are', 'PKIX path validation failed'],
  },
  local_ca_not_trusted: {
    hop: 'local_trust',
    title: "The local nodes do not trust the ECK cluster's CA",
    cause:
      'No local node reports the ECK transport CA among its trusted certificates: it was never added to xpack.security.remote_cluster_client.ssl.certificate_authorities.',
    fix: 'Place ca.crt of <name>-es-transport-certs-public on every node, name it in xpack.security.remote_cluster_client.ssl.certificate_authorities and restart the nodes one at a time.',
    docReference: TROUBLESHOOTING,
    messages: [
      'failed to establish trust with server',
      'is not configured to trust that issuer',
      'PKIX path building failed',
      "client did not trust this server's certificate",
    ],
  },
  local_ca_out_of_date: {
    hop: 'local_trust',
    title: "The local nodes trust an old copy of the ECK cluster's CA",
    cause:
      "The nodes trust a CA with the ECK CA's subject but another serial number or an expiry in the past: ECK renewed its CA (yearly by default) and the copy was not refreshed.",
    fix: 'Write the current ca.crt of <name>-es-transport-certs-public to the same file on every node: Elasticsearch reloads it within seconds, without a restart.',
    docReference: 'eck-and-elasticsearch.md §12.4 (CA rotation)',
    messages: ['certificate dates are', 'PKIX path building failed'],
  },
  transport_port_with_credentials: {
    hop: 'port',
    title: 'An API key alias dials the transport port',
    cause:
      'The alias has API key credentials, so it needs the remote cluster server (9443), but its proxy address leads to the transport port (9300).',
    fix: 'Use the address that leads to port 9443 (the remote cluster server) as the proxy address.',
    docReference: TROUBLESHOOTING,
    messages: [
      'Received fatal alert: bad_certificate',
      'Empty client certificate chain',
      `missing authentication credentials for action [${HANDSHAKE}]`,
      'requires channel profile to be [_remote_cluster], but got [default]',
    ],
  },
  remote_cluster_port_without_credentials: {
    hop: 'port',
    title: 'A certificate-model alias dials the remote cluster server',
    cause:
      'The alias has no API key credentials, so nodes dial in the certificate model, which the remote cluster server (9443) refuses.',
    fix: 'Either add API key credentials for the alias (API key model, port 9443) or use the transport port 9300 (certificate model).',
    docReference: TROUBLESHOOTING,
    messages: ['require transport header [_cross_cluster_access_credentials] but none found'],
  },
  credentials_missing: {
    hop: 'credentials',
    title: 'No credentials for this alias',
    cause:
      'The node has no cluster.remote.<alias>.credentials in its keystore for exactly this alias (never added, added under another alias, or not reloaded).',
    fix: 'Add the encoded cross-cluster API key on every node with bin/elasticsearch-keystore add cluster.remote.<alias>.credentials (the alias exactly), then POST _nodes/reload_secure_settings.',
    docReference: TROUBLESHOOTING,
    messages: [
      'require transport header [_cross_cluster_access_credentials] but none found',
      'Please ensure you have configured remote cluster credentials',
    ],
  },
  api_key_unauthenticated: {
    hop: 'api_key',
    title: 'The remote does not know the API key',
    cause:
      'The remote cluster refuses the key in the keystore: it does not exist there (created on another cluster, or deleted).',
    fix: 'Create a cross-cluster API key on this remote (POST /_security/cross_cluster/api_key) and put it in every keystore under the alias.',
    docReference: TROUBLESHOOTING,
    messages: [`unable to authenticate user [<key id>] for action [${HANDSHAKE}]`, 'unable to find apikey with id'],
  },
  api_key_invalidated: {
    hop: 'api_key',
    title: 'The API key was invalidated',
    cause: 'The cross-cluster API key in the keystore exists on the remote but was invalidated.',
    fix: 'Create a new cross-cluster API key and replace the keystore entry on every node, then reload secure settings.',
    docReference: TROUBLESHOOTING,
    messages: [`unable to authenticate user [<key id>] for action [${HANDSHAKE}]`, 'has been invalidated'],
  },
  api_key_expired: {
    hop: 'api_key',
    title: 'The API key expired',
    cause: 'The cross-cluster API key in the keystore has passed its expiration.',
    fix: 'Create a new cross-cluster API key (with a later or no expiration) and replace the keystore entry on every node, then reload secure settings.',
    docReference: TROUBLESHOOTING,
    messages: [
      `unable to authenticate user [<key id>] for action [${HANDSHAKE}]`,
      'Authentication using apikey failed - api key is expired',
    ],
  },
  api_key_not_cross_cluster: {
    hop: 'api_key',
    title: 'The key is a REST API key',
    cause: 'The keystore holds a REST API key; remote connections need a cross-cluster API key.',
    fix: 'Create the key with POST /_security/cross_cluster/api_key and replace the keystore entry on every node.',
    docReference: TROUBLESHOOTING,
    messages: ['authentication expected API key type of [cross_cluster]'],
  },
  alias_not_configured: {
    hop: 'connected',
    title: 'No remote cluster has this alias',
    cause: 'The local cluster has no remote cluster with this alias.',
    fix: 'Check the alias (it is case sensitive), or configure the remote cluster.',
    docReference: TROUBLESHOOTING,
    messages: ['no such remote cluster', 'NoSuchRemoteClusterException'],
  },
  not_connected: {
    hop: 'connected',
    title: 'The remote cluster does not connect',
    cause: '_resolve/cluster, which dials the remote for real, reports it not connected.',
    fix: 'Fix the failed hops; when no other hop failed, read the node logs for "failed to open any proxy connections".',
    docReference: TROUBLESHOOTING,
    messages: ['failed to open any proxy connections to cluster'],
  },
  resolve_timed_out: {
    hop: 'connected',
    title: 'The remote cluster does not answer in time',
    cause: 'The remote did not answer _resolve/cluster within the timeout: the path or the remote hangs.',
    fix: 'Check the load balancer and the remote cluster health; idle timeouts need TCP keepalives (ping_schedule as a fallback).',
    docReference: TROUBLESHOOTING,
    messages: ['Request timed out before receiving a response from the remote cluster'],
  },
  versions_not_compatible: {
    hop: 'versions',
    title: 'The versions cannot search each other',
    cause:
      'The local and remote versions are not a supported cross-cluster search combination (or not even wire compatible).',
    fix: 'Upgrade the older cluster to a supported combination (see the cross-cluster search compatibility table).',
    docReference: 'docs-content cross-cluster-search.md (supported configurations); eck-and-elasticsearch.md §17',
    messages: ['Received handshake message from unsupported version', 'minimal compatible version is'],
  },
  licence_not_enterprise: {
    hop: 'versions',
    title: 'The API key model needs an Enterprise licence on both clusters',
    cause: 'One of the clusters runs a licence below Enterprise, which refuses the API key model.',
    fix: 'Use an Enterprise (or trial) licence on both clusters, or the certificate model.',
    docReference: 'eck-and-elasticsearch.md §17.4 (licences)',
    messages: ['current license is non-compliant for [advanced-remote-cluster-security]'],
  },
  no_remote_indices: {
    hop: 'privileges',
    title: 'Your role has no remote_indices for this alias',
    cause:
      'The connection works, but no role of the current user grants remote_indices for this alias, so every search is refused.',
    fix: 'Grant remote_indices with clusters: [<alias>] (read, read_cross_cluster, view_index_metadata) in a role of the user.',
    docReference: TROUBLESHOOTING,
    messages: ['because no remote indices privileges apply for the target cluster'],
  },
  key_access_too_narrow: {
    hop: 'privileges',
    title: "The API key's access is too narrow",
    cause:
      "The user's role grants the indices, but the cross-cluster API key's access does not cover them: access is the intersection of both.",
    fix: "Widen the key's access (PUT /_security/cross_cluster/api_key/<id>) on the remote.",
    docReference: 'eck-and-elasticsearch.md §10 (roles for API key remotes)',
    messages: ['towards remote cluster is unauthorized for user', 'authenticated by API key id'],
  },
  role_too_narrow: {
    hop: 'privileges',
    title: "Your role's remote_indices are too narrow",
    cause: "The cross-cluster API key grants the indices, but the user's remote_indices do not cover them.",
    fix: "Widen the remote_indices names of the user's role for this alias.",
    docReference: 'eck-and-elasticsearch.md §10 (roles for API key remotes)',
    messages: ['towards remote cluster is unauthorized for user', 'authenticated by API key id'],
  },
} as const satisfies Record<string, DoctorCatalogueEntry>;

export type DoctorFailureId = keyof typeof DOCTOR_CATALOGUE;

export const DOCTOR_FAILURE_IDS = Object.keys(DOCTOR_CATALOGUE) as DoctorFailureId[];
