/** The steps of the certificate model, in the order they must happen (the ECK page's TLS certificate tab). */
export const CERTIFICATE_STEP_IDS = [
  'preflight',
  'trust_eck_ca_on_local_nodes',
  'trust_local_ca_on_eck',
  'expose_transport',
  'configure_remote',
  'create_remote_role',
  'create_local_role',
  'verify',
] as const;

export type CertificateStepId = (typeof CERTIFICATE_STEP_IDS)[number];

/**
 * How the local cluster's transport TLS trusts CAs, which decides the instructions for trusting
 * the ECK CA: `pem` lists files in `xpack.security.transport.ssl.certificate_authorities`;
 * `pkcs12` is a truststore (what security auto-configuration writes: `certs/transport.p12`), and
 * `certificate_authorities` cannot be combined with `truststore.path`.
 */
export const LOCAL_TRANSPORT_TLS_STYLES = ['pem', 'pkcs12'] as const;
export type LocalTransportTlsStyle = (typeof LOCAL_TRANSPORT_TLS_STYLES)[number];

/** `xpack.security.transport.ssl.verification_mode` of the local cluster. */
export const TRANSPORT_VERIFICATION_MODES = ['full', 'certificate', 'none'] as const;
export type TransportVerificationMode = (typeof TRANSPORT_VERIFICATION_MODES)[number];

/** How the ECK transport layer (port 9300) is reached from outside Kubernetes. */
export type TransportExposure =
  | { type: 'LoadBalancer'; port: number; annotations: Record<string, string> }
  | { type: 'NodePort'; nodeAddress: string }
  /** An address the admin already routes to port 9300 (TCP proxy, ingress controller). */
  | { type: 'address'; proxyAddress: string };
