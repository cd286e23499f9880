/** The steps of the API key model, in the order they must happen (the ECK page's API key tab). */
export const API_KEY_STEP_IDS = [
  'preflight',
  'enable_remote_cluster_server',
  'expose_remote_cluster_server',
  'retrieve_ca',
  'create_api_key',
  'add_credentials_to_keystore',
  'trust_ca_on_local_nodes',
  'configure_remote',
  'create_local_role',
  'verify',
] as const;

export type ApiKeyStepId = (typeof API_KEY_STEP_IDS)[number];

/** How the remote cluster server is reached from outside Kubernetes. */
export type RemoteClusterServerExposure =
  | { type: 'LoadBalancer'; port: number; annotations: Record<string, string> }
  | { type: 'NodePort'; nodeAddress: string }
  /** An address the admin already routes to port 9443 (ingress controller, TCP proxy). */
  | { type: 'address'; proxyAddress: string };
