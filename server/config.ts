/**
 * The plugin's configuration (`eck_remote_clusters.*` in kibana.yml). The Kibana descriptor in
 * `config_schema.ts` and the standalone host both build it from these defaults.
 */
export interface KubernetesConnectionConfig {
  /** Path to a kubeconfig file; without it the usual KUBECONFIG / ~/.kube/config lookup applies. */
  kubeconfig?: string;
  /** Context of the kubeconfig to use; defaults to its current-context. */
  context?: string;
  /** Use the pod's service account (Kibana running inside Kubernetes). */
  inCluster: boolean;
}

export interface EckRemoteClustersConfig {
  kubernetes: KubernetesConnectionConfig & {
    /** Namespaces the plugin may look into; empty means every namespace (needs a ClusterRole). */
    namespaces: string[];
    requestTimeoutMs: number;
  };
  elasticsearch: {
    requestTimeoutMs: number;
  };
  /** The CA-rotation watch: how often it runs in the background, and how early it warns of expiry. */
  caWatch: { intervalMinutes: number; warningDays: number };
  /** How early the API key lifecycle warns before a cross-cluster API key expires. */
  apiKeys: { expiryWarningDays: number };
  /** Remote status: how long each remote may take to answer before it is named timed out. */
  remoteStatus: { timeoutMs: number };
}

export const DEFAULT_CONFIG: EckRemoteClustersConfig = {
  kubernetes: { inCluster: false, namespaces: [], requestTimeoutMs: 10_000 },
  elasticsearch: { requestTimeoutMs: 10_000 },
  caWatch: { intervalMinutes: 60, warningDays: 30 },
  apiKeys: { expiryWarningDays: 30 },
  remoteStatus: { timeoutMs: 5_000 },
};
