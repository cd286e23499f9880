/**
 * What the server observed, in plain data: the plan's pure functions read only this. Each fact
 * that could not be read carries the reason instead, so a plan can say what it could not check.
 */
export type Observed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface CertificateSummary {
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: string;
  validTo: string;
  sha256Fingerprint: string;
  isCa: boolean;
}

export interface ObservedService {
  name: string;
  type: string;
  ports: Array<{ name?: string; port: number; targetPort?: number | string; nodePort?: number }>;
  annotations: Record<string, string>;
  /** Load balancer ingress addresses (IP or host name). */
  ingress: string[];
  selector: Record<string, string>;
}

export interface ObservedEckCluster {
  namespace: string;
  name: string;
  generation: number;
  observedGeneration: number | null;
  phase: string | null;
  specVersion: string | null;
  runningVersion: string | null;
  operatorVersion: string | null;
  remoteClusterServer: {
    enabled: boolean;
    /** `spec.remoteClusterServer.service`, as stored (pruned by CRDs older than 3.3). */
    service: { type?: string; annotations?: Record<string, string>; ports?: ObservedService['ports'] } | null;
    /**
     * Whether the installed CRD keeps `spec.remoteClusterServer.service`, from a server-side dry
     * run (ECK 3.x writes its version nowhere on the resource); `null` when it could not be probed.
     */
    serviceFieldInCrd: boolean | null;
  };
  /** Every Service that belongs to the cluster, ECK's and the plugin's. */
  services: ObservedService[];
  /** `ca.crt` of `<name>-es-transport-certs-public`: ECK's transport CA and any extra CAs. */
  transportCa: { pem: string; certificates: CertificateSummary[] } | null;
}

export interface ObservedLocalCluster {
  version: string;
  clusterUuid: string;
  licenseType: string;
  /** The current user may change cluster settings (`manage`). */
  canManage: boolean;
  /** The current user may read and write roles (`manage_security`). */
  canManageSecurity: boolean;
}

export interface ObservedRemoteCluster {
  version: string;
  licenseType: string;
}

/** Kubernetes permissions the plugin lacks for the steps, as `verb resource`. */
export type MissingKubernetesPermissions = string[];

/** A cross-cluster API key as `GET /_security/api_key` shows it (never its secret). */
export interface ObservedCrossClusterKey {
  id: string;
  name: string;
  invalidated: boolean;
  expiration: string | null;
  metadata: Record<string, unknown>;
  /** When it was created (ISO); read by the key lifecycle, absent where not needed. */
  creation?: string;
  /** The key's `access`, as Elasticsearch returns it for cross-cluster keys. */
  access?: Record<string, unknown>;
}

/** The alias as the local cluster knows it. */
export interface ObservedLocalRemote {
  /** Where it is defined; `node` means elasticsearch.yml, which the cluster settings API cannot change. */
  source: 'persistent' | 'transient' | 'node';
  mode: 'proxy' | 'sniff';
  proxyAddress: string | null;
  serverName: string | null;
  skipUnavailable: boolean;
  proxySocketConnections: number | null;
  /** From `_remote/info`: passive, possibly stale. */
  connected: boolean;
  /** `cluster_credentials` in `_remote/info`: the node has keystore credentials for exactly this alias. */
  hasCredentials: boolean;
}

/** A CA the answering local node trusts, from `_ssl/certificates` (which has no fingerprint). */
export interface ObservedTrustedCertificate {
  node: string;
  path: string;
  subjectDn: string;
  serialNumber: string;
  expiry: string;
  /** The node's own certificate (has a key) rather than a CA it trusts; absent when not reported. */
  hasPrivateKey?: boolean;
}
