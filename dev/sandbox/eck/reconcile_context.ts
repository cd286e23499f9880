import type { ObjectStore } from '../kubernetes/object_store';
import type { ClusterElasticsearchOptions } from './cluster_elasticsearch';
import type { ClusterRuntime } from './cluster_runtime';
import type { ElasticsearchObject } from './elasticsearch_resource';
import type { EndpointListeners } from './endpoint_listeners';
import type { OperatorCapabilities } from './operator_capabilities';

/** A warning the operator would record as a Kubernetes Event on the resource. */
export interface OperatorEvent {
  namespace: string;
  name: string;
  type: 'Warning';
  reason: 'ReconciliationError' | 'Validation';
  message: string;
}

/** What every reconcile shares: the store, the network, the clock and the operator's settings. */
export interface OperatorEnvironment {
  store: ObjectStore;
  listeners: EndpointListeners;
  rollingRestartMs: number;
  now: () => number;
  elasticsearchFor: (namespace: string, name: string) => ClusterElasticsearchOptions;
  /** Load balancer IPs decided but not yet written to the Service status (serviceUid → IP). */
  pendingIngress: ReadonlyMap<string, string>;
  /** Reconcile the cluster again at that time (a rolling restart's next step). */
  requeueAt: (runtime: ClusterRuntime, at: number) => void;
  warn: (event: OperatorEvent) => void;
}

/** One reconcile of one resource: its steps append what they changed to `changes`. */
export interface ReconcileContext {
  env: OperatorEnvironment;
  es: ElasticsearchObject;
  operator: OperatorCapabilities;
  runtime: ClusterRuntime;
  changes: string[];
}

export function recordChange(context: ReconcileContext, change: string | undefined): void {
  if (change) context.changes.push(change);
}
