/** ECK's `status.phase` values (pkg/apis/elasticsearch/v1/status.go). */
export type EckPhase = 'Ready' | 'ApplyingChanges' | 'MigratingData' | 'Stalled' | 'Invalid';
/** ECK's `status.health` values. */
export type EckHealth = 'green' | 'yellow' | 'red' | 'unknown';

/** Which of the Services ECK creates for an Elasticsearch resource this is. */
export type EckServiceRole = 'http' | 'internal-http' | 'transport' | 'remote-cluster' | 'other';

export interface EckServiceSummary {
  name: string;
  role: EckServiceRole;
  type: string;
  ports: Array<{ name?: string; port: number; targetPort?: number | string; nodePort?: number }>;
  /** Load balancer ingress addresses (IPs or host names), once assigned. */
  externalAddresses: string[];
}

export interface EckClusterSummary {
  namespace: string;
  name: string;
  /** `spec.version`: the version the admin asked for. */
  version: string | null;
  /** `status.version`: the lowest version running. */
  runningVersion: string | null;
  phase: EckPhase | null;
  health: EckHealth;
  availableNodes: number | null;
  /** False while ECK has not yet seen the latest change (`status.observedGeneration < metadata.generation`). */
  changesObserved: boolean;
  /** The last operator version that reconciled it (`common.k8s.elastic.co/controller-version`). */
  operatorVersion: string | null;
  remoteClusterServer: {
    enabled: boolean;
    /** `<name>-es-remote-cluster`, which ECK creates only while the server is enabled. */
    serviceName: string;
    serviceExists: boolean;
  };
  transportServiceName: string;
  /** Every Service in the namespace that belongs to this cluster, including ones created outside ECK. */
  services: EckServiceSummary[];
}
