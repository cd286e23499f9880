import type { EckHealth } from '../types/eck_cluster';
import type {
  CertificateSummary,
  Observed,
  ObservedLocalRemote,
  ObservedService,
  ObservedTrustedCertificate,
} from '../plan/observation';
import type { EckIdentification } from './hop_types';

/**
 * Everything the doctor read about one alias, as plain data: `diagnose` reads only this. A fact
 * that could not be read carries the reason; `null` means it was not asked for (it does not apply).
 */
export interface DoctorObservation {
  alias: string;
  /** When it was observed (ISO 8601): expiry checks compare with this, never with the clock. */
  now: string;
  /** The Kubernetes API answered the doctor's reads, or why not. */
  kubernetes: Observed<true>;
  /** The ECK cluster behind the alias, when one was named or recognised. */
  eck: DoctorEckObservation | null;
  local: Observed<{ version: string; licenseType: string; clusterUuid: string }>;
  /** `null`: the local cluster has no remote with this alias. */
  localRemote: Observed<(ObservedLocalRemote & { seeds: string[] }) | null>;
  localNodes: Observed<string[]>;
  trustedCertificates: Observed<ObservedTrustedCertificate[]>;
  /** From the Kibana host to the proxy address; `null` when there is none to dial (sniff mode, no alias). */
  tcp: DoctorTcpProbe | null;
  tls: DoctorTlsProbe | null;
  /** `_resolve/cluster` for the alias, with a timeout. */
  resolution: Observed<DoctorResolution> | null;
  /** The current user's view: `_resolve/cluster/<alias>:<pattern>` and a size-0 search. */
  privileges: Observed<DoctorPrivilegeCheck> | null;
  /** The ECK cluster's own REST API, through a port-forward as its `elastic` user. */
  remote: Observed<DoctorRemoteCluster> | null;
}

export interface DoctorEckObservation {
  namespace: string;
  name: string;
  identifiedBy: EckIdentification;
  /** `null`: there is no such Elasticsearch resource. */
  resource: Observed<DoctorEckResource | null>;
}

export interface DoctorEckResource {
  phase: string | null;
  health: EckHealth | null;
  generation: number;
  observedGeneration: number | null;
  /** `status.version`, else `spec.version`. */
  version: string | null;
  remoteClusterServerEnabled: boolean;
  services: ObservedService[];
  /** `ca.crt` of `<name>-es-transport-certs-public`; `null` when the Secret is missing. */
  transportCa: CertificateSummary[] | null;
}

export interface DoctorTcpProbe {
  address: string;
  /** `null` when connected; otherwise the socket's error code (ECONNREFUSED, ETIMEDOUT, ENOTFOUND). */
  error: string | null;
  elapsedMs: number;
}

export interface DoctorTlsProbe {
  /** The name checked: `server_name`, else the proxy address's host. */
  serverName: string;
  result:
    | {
        kind: 'established';
        /** What the server presented, leaf first. */
        chain: CertificateSummary[];
        subjectAltNames: string[];
        /** Whether the chain verifies against the ECK transport CA; `null` without an ECK CA to check with. */
        signedByEckCa: boolean | null;
        /** OpenSSL's reason when it does not. */
        chainError: string | null;
        /** Why the server name does not match the certificate, when it does not. */
        nameError: string | null;
      }
    /** The server ended the handshake (it wants a client certificate: the transport port). */
    | { kind: 'alert'; code: string }
    | { kind: 'failed'; error: string };
}

export interface DoctorResolution {
  connected: boolean;
  error?: string;
  /** The remote's version, when it answered. */
  version?: string;
}

export interface DoctorPrivilegeCheck {
  /** The index pattern checked on the remote, `<alias>:<pattern>`. */
  pattern: string;
  resolveError: string | null;
  /** The size-0 search's failure for the alias, if any. */
  searchError: string | null;
}

export interface DoctorRemoteCluster {
  version: string;
  licenseType: string;
  /** Every API key (never a secret): the doctor finds the alias's key among them. */
  apiKeys: DoctorApiKey[];
}

export interface DoctorApiKey {
  id: string;
  name: string;
  type: string;
  invalidated: boolean;
  expiration: string | null;
  metadata: Record<string, unknown>;
  /** The index patterns a cross-cluster key's `access.search` grants. */
  searchPatterns: string[];
}
