import { ECK_LABELS } from '../../../common/eck/eck_names';
import type { SandboxElasticsearch } from '../elasticsearch';
import type { KubeObject, ObjectStore } from '../kubernetes/object_store';
import { ELASTICSEARCH_TYPE, type ResourceType } from '../kubernetes/resource_types';
import type { MutableEndpointDirectory } from '../network/endpoint_directory';
import type { ClusterElasticsearchOptions } from './cluster_elasticsearch';
import { ClusterRuntime } from './cluster_runtime';
import type { ElasticsearchObject } from './elasticsearch_resource';
import { EndpointListeners } from './endpoint_listeners';
import { KUBE } from './kube_types';
import { startLoadBalancerController } from './load_balancer_controller';
import { operatorCapabilities } from './operator_capabilities';
import { collectGarbage } from './garbage_collector';
import type { OperatorEnvironment, OperatorEvent } from './reconcile_context';
import { reconcileElasticsearch } from './reconcile_elasticsearch';
import { renewTransportCaSecret } from './rotate_transport_ca';
import type { HandshakeRecord } from './tls_listener';
import { WorkQueue } from './work_queue';

export interface EckOperatorOptions {
  store: ObjectStore;
  directory: MutableEndpointDirectory;
  /** The version of the operator watching a namespace; undefined leaves the namespace unmanaged. */
  operatorVersionFor?: (namespace: string) => string | undefined;
  /** One operator for every namespace (ignored when `operatorVersionFor` is given). */
  operatorVersion?: string;
  /** A fresh loopback address per call: pod IPs, load balancer IPs, node addresses. */
  allocateAddress: () => string;
  timings?: { rollingRestartMs?: number; loadBalancerDelayMs?: number; debounceMs?: number };
  /** Licence, users, roles or settings of each cluster's Elasticsearch (default: enterprise). */
  elasticsearchFor?: (namespace: string, name: string) => ClusterElasticsearchOptions;
  now?: () => number;
}

export interface EckOperator {
  /** Reconciles one resource now (after any run under way); resolves with what changed. */
  reconcile(namespace: string, name: string): Promise<string[]>;
  /** Resolves once no reconcile is pending or running (timers of rolling restarts aside). */
  settled(): Promise<void>;
  /**
   * Renews the transport CA (ECK ≥ 2.0 keeps the key; `keepKey: false` re-keys) and reissues;
   * `validityDays` shortens the new CA's life (365 by default), to exercise expiry warnings.
   */
  rotateTransportCa(
    namespace: string,
    name: string,
    options?: { keepKey?: boolean; validityDays?: number },
  ): Promise<void>;
  /** Where the API server's port-forward to a pod's port leads; undefined when nothing listens. */
  portForwardTarget(namespace: string, pod: string, port: number): { host: string; port: number } | undefined;
  /**
   * Stops reconciling one cluster, as a stuck or crashed operator would: its status, Services and
   * pods stay as they are (it never becomes Ready after a change) until `resume`.
   */
  pause(namespace: string, name: string): void;
  resume(namespace: string, name: string): void;
  /** Stops (and resumes) the cloud's load balancer controller: no new address is assigned meanwhile. */
  holdLoadBalancers(): void;
  releaseLoadBalancers(): void;
  /** The simulated Elasticsearch of a cluster, once reconciled. */
  elasticsearch(namespace: string, name: string): SandboxElasticsearch | undefined;
  /** TLS handshakes at exposed endpoints, oldest first. */
  readonly handshakes: readonly HandshakeRecord[];
  /** Warnings ECK would record as Events. */
  readonly events: readonly OperatorEvent[];
  stop(): Promise<void>;
}

const DEFAULTS = { rollingRestartMs: 3_000, loadBalancerDelayMs: 1_500, debounceMs: 5 };

/** Which resources a changed object concerns: the resource itself, or the clusters it belongs to. */
function affectedClusters(store: ObjectStore, type: ResourceType, object: KubeObject): string[] {
  const { namespace, name, labels } = object.metadata;
  if (!namespace) return [];
  if (type === ELASTICSEARCH_TYPE) return [`${namespace}/${name}`];
  const clusters = store.list(ELASTICSEARCH_TYPE, namespace, []) as ElasticsearchObject[];
  if (type === KUBE.configMaps) {
    return clusters
      .filter((es) => es.spec.transport?.tls?.certificateAuthorities?.configMapName === name)
      .map((es) => `${namespace}/${es.metadata.name}`);
  }
  const cluster = labels?.[ECK_LABELS.clusterName];
  if (cluster) return [`${namespace}/${cluster}`];
  // A Service without ECK's labels may still select a cluster's pods.
  return type === KUBE.services ? clusters.map((es) => `${namespace}/${es.metadata.name}`) : [];
}

/**
 * The ECK operator, simulated: watches the store (no polling) and reconciles each Elasticsearch
 * resource with ECK's ordered, idempotent steps, with a cloud load balancer controller beside it.
 */
export function startEckOperator(options: EckOperatorOptions): EckOperator {
  const { store } = options;
  const timings = { ...DEFAULTS, ...options.timings };
  const versionFor = options.operatorVersionFor ?? (() => options.operatorVersion);
  const runtimes = new Map<string, ClusterRuntime>();
  const events: OperatorEvent[] = [];
  const pendingIngress = new Map<string, string>();
  const listeners = new EndpointListeners(options.directory);
  const paused = new Set<string>();

  const env: OperatorEnvironment = {
    store,
    listeners,
    rollingRestartMs: timings.rollingRestartMs,
    now: options.now ?? Date.now,
    elasticsearchFor: options.elasticsearchFor ?? (() => ({})),
    pendingIngress,
    requeueAt(runtime, at) {
      clearTimeout(runtime.restartTimer);
      runtime.restartTimer = setTimeout(() => queue.enqueue(runtime.key), Math.max(0, at - env.now()));
    },
    warn(event) {
      const last = events.findLast((e) => e.namespace === event.namespace && e.name === event.name);
      if (last?.message !== event.message) events.push(event);
    },
  };

  async function reconcileKey(key: string): Promise<string[]> {
    if (paused.has(key)) return [];
    const [namespace, name] = key.split('/');
    const version = versionFor(namespace);
    const es = store.get(ELASTICSEARCH_TYPE, namespace, name) as ElasticsearchObject | undefined;
    const runtime = runtimes.get(key);
    if (!es || !version || (runtime && runtime.uid !== es.metadata.uid)) {
      if (runtime) {
        runtimes.delete(key);
        await listeners.closeCluster(key);
        await runtime.dispose();
        collectGarbage(store, namespace, runtime.uid);
      }
      if (!es || !version) return [];
    }
    let current = runtimes.get(key);
    if (!current) {
      current = new ClusterRuntime(namespace, name, es.metadata.uid ?? '', options.allocateAddress);
      runtimes.set(key, current);
    }
    return reconcileElasticsearch(env, current, es, operatorCapabilities(version));
  }

  const lastChanges = new Map<string, string[]>();
  const queue = new WorkQueue(
    async (key) => {
      lastChanges.set(key, await reconcileKey(key));
    },
    timings.debounceMs,
    (key, error) => {
      const [namespace, name] = key.split('/');
      env.warn({ namespace, name, type: 'Warning', reason: 'ReconciliationError', message: String(error) });
    },
  );

  const loadBalancers = startLoadBalancerController({
    store,
    allocateAddress: options.allocateAddress,
    delayMs: timings.loadBalancerDelayMs,
    // The listener opens before the IP is published, so a probe that sees the IP gets an answer.
    async beforeIngress(service: KubeObject, ip: string) {
      pendingIngress.set(service.metadata.uid ?? '', ip);
      try {
        const clusters = affectedClusters(store, KUBE.services, service);
        await Promise.all(clusters.map((key) => queue.run(key)));
      } finally {
        pendingIngress.delete(service.metadata.uid ?? '');
      }
    },
  });

  const unsubscribe = store.subscribe((event) => {
    for (const key of affectedClusters(store, event.resourceType, event.object)) queue.enqueue(key);
  });
  for (const es of store.list(ELASTICSEARCH_TYPE, undefined, []))
    queue.enqueue(`${es.metadata.namespace}/${es.metadata.name}`);

  return {
    async reconcile(namespace, name) {
      await queue.run(`${namespace}/${name}`);
      return lastChanges.get(`${namespace}/${name}`) ?? [];
    },
    async settled() {
      await queue.settled();
      await loadBalancers.settled();
      await queue.settled();
    },
    async rotateTransportCa(namespace, name, rotation = {}) {
      await queue.run(`${namespace}/${name}`);
      await renewTransportCaSecret(store, namespace, name, rotation.keepKey ?? true, rotation.validityDays);
      await queue.run(`${namespace}/${name}`);
    },
    portForwardTarget(namespace, pod, port) {
      const object = store.get(KUBE.pods, namespace, pod);
      const cluster = object?.metadata.labels?.[ECK_LABELS.clusterName];
      const server = cluster && runtimes.get(`${namespace}/${cluster}`)?.elasticsearch;
      if (!server || port !== 9200 || (object.status as { phase?: string })?.phase !== 'Running') return undefined;
      return { host: new URL(server.url).hostname, port: server.port };
    },
    pause: (namespace, name) => void paused.add(`${namespace}/${name}`),
    resume(namespace, name) {
      paused.delete(`${namespace}/${name}`);
      queue.enqueue(`${namespace}/${name}`);
    },
    holdLoadBalancers: () => loadBalancers.hold(),
    releaseLoadBalancers: () => loadBalancers.release(),
    elasticsearch: (namespace, name) => runtimes.get(`${namespace}/${name}`)?.elasticsearch,
    handshakes: listeners.handshakes,
    events,
    async stop() {
      unsubscribe();
      await loadBalancers.stop();
      await queue.stop();
      await listeners.closeAll();
      await Promise.all([...runtimes.values()].map((runtime) => runtime.dispose()));
      runtimes.clear();
    },
  };
}
