import type { V1LoadBalancerStatus, V1ServiceSpec } from '@kubernetes/client-node';
import type { KubeObject, ObjectStore, StoreEvent } from '../kubernetes/object_store';
import { KUBE } from './kube_types';
import { WorkQueue } from './work_queue';

export interface LoadBalancerControllerOptions {
  store: ObjectStore;
  /** A fresh loopback address for each load balancer. */
  allocateAddress: () => string;
  /** How long a cloud takes to provision a load balancer. */
  delayMs: number;
  /** Called with the IP before it is published, so that something answers there once it is. */
  beforeIngress?: (service: KubeObject, ip: string) => Promise<void>;
}

export interface LoadBalancerController {
  settled(): Promise<void>;
  /** A cloud that never gets round to it: no address is published until `release`. */
  hold(): void;
  release(): void;
  stop(): Promise<void>;
}

const NODE_PORTS = { first: 30000, last: 32767 };

type ServiceObject = KubeObject & { spec?: V1ServiceSpec; status?: { loadBalancer?: V1LoadBalancerStatus } };

const keyOf = (object: KubeObject) => `${object.metadata.namespace}/${object.metadata.name}`;

/**
 * The cloud's half of a Service (and the API server's node-port allocator, which the sandbox store
 * lacks): node ports for NodePort and LoadBalancer Services, and after `delayMs` an ingress IP in
 * `status.loadBalancer`, cleared again when the type changes.
 */
export function startLoadBalancerController(options: LoadBalancerControllerOptions): LoadBalancerController {
  const { store } = options;
  const addresses = new Map<string, string>();
  const provisioning = new Map<string, NodeJS.Timeout>();
  const publishing = new Set<Promise<void>>();
  let held = false;

  function allocateNodePorts(service: ServiceObject): boolean {
    const ports = service.spec?.ports ?? [];
    if (!ports.some((port) => !port.nodePort)) return false;
    const used = new Set(
      store
        .list(KUBE.services, undefined, [])
        .flatMap((other) => ((other as ServiceObject).spec?.ports ?? []).map((p) => p.nodePort)),
    );
    let candidate = NODE_PORTS.first;
    const next = () => {
      while (used.has(candidate) && candidate <= NODE_PORTS.last) candidate++;
      used.add(candidate);
      return candidate;
    };
    const spec = {
      ...service.spec,
      ports: ports.map((port) => (port.nodePort ? port : { ...port, nodePort: next() })),
    };
    return store.replace(KUBE.services, { ...service, spec }, { statusOnly: false }).ok;
  }

  async function publishIngress(namespace: string, name: string) {
    provisioning.delete(`${namespace}/${name}`);
    if (held) return;
    const service = store.get(KUBE.services, namespace, name) as ServiceObject | undefined;
    if (!service || service.spec?.type !== 'LoadBalancer' || service.status?.loadBalancer?.ingress?.length) return;
    const uid = service.metadata.uid ?? '';
    const ip = addresses.get(uid) ?? options.allocateAddress();
    addresses.set(uid, ip);
    // The address is published either way: a load balancer does not wait for its backends.
    await Promise.resolve(options.beforeIngress?.(service, ip)).catch(() => undefined);
    const current = store.get(KUBE.services, namespace, name) as ServiceObject | undefined;
    if (current?.metadata.uid !== uid || current.spec?.type !== 'LoadBalancer') return;
    store.replace(
      KUBE.services,
      { ...current, status: { ...current.status, loadBalancer: { ingress: [{ ip }] } } },
      { statusOnly: true },
    );
  }

  async function reconcile(key: string) {
    const [namespace, name] = key.split('/');
    const service = store.get(KUBE.services, namespace, name) as ServiceObject | undefined;
    if (!service) return;
    const type = service.spec?.type ?? 'ClusterIP';
    if ((type === 'NodePort' || type === 'LoadBalancer') && allocateNodePorts(service)) return;
    const hasIngress = (service.status?.loadBalancer?.ingress?.length ?? 0) > 0;
    if (type !== 'LoadBalancer') {
      if (hasIngress)
        store.replace(
          KUBE.services,
          { ...service, status: { ...service.status, loadBalancer: {} } },
          { statusOnly: true },
        );
      return;
    }
    if (hasIngress || provisioning.has(key)) return;
    const timer = setTimeout(() => {
      const publication = publishIngress(namespace, name).finally(() => publishing.delete(publication));
      publishing.add(publication);
    }, options.delayMs);
    provisioning.set(key, timer);
  }

  const queue = new WorkQueue(reconcile, 0, () => undefined);
  const onEvent = (event: StoreEvent) => {
    if (event.resourceType !== KUBE.services) return;
    if (event.type === 'DELETED') {
      clearTimeout(provisioning.get(keyOf(event.object)));
      provisioning.delete(keyOf(event.object));
      addresses.delete(event.object.metadata.uid ?? '');
      return;
    }
    // Never write from inside a store callback: other subscribers have not seen this event yet.
    queue.enqueue(keyOf(event.object));
  };
  const unsubscribe = store.subscribe(onEvent);
  for (const service of store.list(KUBE.services, undefined, [])) queue.enqueue(keyOf(service));

  return {
    hold: () => void (held = true),
    release() {
      held = false;
      for (const service of store.list(KUBE.services, undefined, [])) queue.enqueue(keyOf(service));
    },
    async settled() {
      await queue.settled();
      await Promise.all(publishing);
    },
    async stop() {
      unsubscribe();
      for (const timer of provisioning.values()) clearTimeout(timer);
      provisioning.clear();
      await queue.stop();
      await Promise.all(publishing);
    },
  };
}
