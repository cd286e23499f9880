import type { CrossClusterAccess } from '../api_key/cross_cluster_api_key';
import type { RemoteConnectionOptions } from '../api_key/configure_remote_step';
import type { LocalSideObservation } from '../local_side_observation';
import type {
  CertificateSummary,
  MissingKubernetesPermissions,
  Observed,
  ObservedEckCluster,
  ObservedRemoteCluster,
  ObservedService,
} from '../observation';
import type { LocalTransportTlsStyle, TransportExposure, TransportVerificationMode } from './certificate_steps';

/** What the admin chose in the certificate flow; sent with every request, since the server remembers nothing. */
export interface CertificateConnectionChoices extends RemoteConnectionOptions {
  exposure: TransportExposure;
  localTransportCa?: string;
  configMapName?: string;
  localTransportTls?: LocalTransportTlsStyle;
  localVerificationMode?: TransportVerificationMode;
  roleName?: string;
  access: CrossClusterAccess;
}

/** `spec.transport` of the ECK resource, as stored. */
export interface ObservedEckTransport {
  /** `spec.transport.tls.certificateAuthorities.configMapName`. */
  configMapName: string | null;
  /** `spec.transport.service`. */
  service: { type?: string; annotations?: Record<string, string>; ports?: ObservedService['ports'] } | null;
}

/** The ConfigMap that holds (or will hold) the local CA for ECK, as read. */
export interface ObservedCaConfigMap {
  name: string;
  /** For an optimistic-concurrency patch: a concurrent change makes the patch fail rather than lose CAs. */
  resourceVersion: string | null;
  /** `data["ca.crt"]`; `null` when the key is missing. */
  caCrt: string | null;
  certificates: CertificateSummary[];
}

/** The local transport CA the admin pasted, parsed and validated by the server (a CA, not expired, no key). */
export interface LocalCaCertificate {
  pem: string;
  summary: CertificateSummary;
}

/** Everything observed for one certificate-model connection, gathered by the server's gateways. */
export interface CertificateObservation extends LocalSideObservation {
  eck: ObservedEckCluster;
  eckTransport: ObservedEckTransport;
  /** The ConfigMap the flow uses (the referenced one, else the chosen or default name); `null` when absent. */
  caConfigMap: ObservedCaConfigMap | null;
  localCa: LocalCaCertificate | null;
  remote: Observed<ObservedRemoteCluster>;
  /** Whether the role exists on the ECK cluster; read as its `elastic` user. */
  remoteRoleExists: Observed<boolean>;
  missingKubernetesPermissions: MissingKubernetesPermissions;
}
