import { connect, type TLSSocket } from 'node:tls';
import { ObjectStore, type StoreEvent } from '../kubernetes/object_store';
import { ELASTICSEARCH_TYPE } from '../kubernetes/resource_types';
import { MutableEndpointDirectory } from '../network/endpoint_directory';
import { createLoopbackAllocator } from '../network/loopback_addresses';
import { secretValue } from './desired_secrets';
import { startEckOperator, type EckOperator, type EckOperatorOptions } from './eck_operator';
import type { ElasticsearchObject, ElasticsearchSpec } from './elasticsearch_resource';
import { KUBE } from './kube_types';

/** A store, a directory and an operator with short timings, for the integration tests. */
export interface OperatorUnderTest {
  store: ObjectStore;
  directory: MutableEndpointDirectory;
  operator: EckOperator;
  /** Every store event since the start, to count writes. */
  events: StoreEvent[];
  createElasticsearch(namespace: string, name: string, spec?: Partial<ElasticsearchSpec>): ElasticsearchObject;
  updateSpec(namespace: string, name: string, change: (spec: ElasticsearchSpec) => ElasticsearchSpec): void;
  elasticsearch(namespace: string, name: string): ElasticsearchObject | undefined;
  secret(namespace: string, name: string, key: string): string | undefined;
  waitFor<T>(probe: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

export const TEST_TIMINGS = { rollingRestartMs: 90, loadBalancerDelayMs: 40, debounceMs: 2 };

export function startOperatorForTest(options: Partial<EckOperatorOptions> = {}): OperatorUnderTest {
  const store = new ObjectStore();
  const directory = new MutableEndpointDirectory();
  const events: StoreEvent[] = [];
  const unsubscribe = store.subscribe((event) => events.push(event));
  const operator = startEckOperator({
    store,
    directory,
    operatorVersion: '3.3.0',
    allocateAddress: createLoopbackAllocator(),
    timings: TEST_TIMINGS,
    ...options,
  });
  const elasticsearch = (namespace: string, name: string) =>
    store.get(ELASTICSEARCH_TYPE, namespace, name) as ElasticsearchObject | undefined;

  return {
    store,
    directory,
    operator,
    events,
    createElasticsearch(namespace, name, spec = {}) {
      if (!store.get(KUBE.namespaces, undefined, namespace))
        store.create(KUBE.namespaces, { metadata: { name: namespace } });
      const created = store.create(ELASTICSEARCH_TYPE, {
        metadata: { name, namespace },
        spec: { version: '9.1.5', nodeSets: [{ name: 'default', count: 3 }], ...spec },
      });
      if (!created.ok) throw new Error(created.reason);
      return created.value as ElasticsearchObject;
    },
    updateSpec(namespace, name, change) {
      const current = elasticsearch(namespace, name)!;
      const replaced = store.replace(
        ELASTICSEARCH_TYPE,
        { ...current, spec: change(current.spec) },
        { statusOnly: false },
      );
      if (!replaced.ok) throw new Error(replaced.reason);
    },
    elasticsearch,
    secret: (namespace, name, key) => secretValue(store.get(KUBE.secrets, namespace, name), key),
    async waitFor(probe, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async stop() {
      unsubscribe();
      await operator.stop();
    },
  };
}

/** A TLS client handshake, as Elasticsearch's remote cluster client does it: resolves or rejects. */
export function handshake(
  host: string,
  port: number,
  options: { ca: string; servername?: string; cert?: string; key?: string },
): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, ...options });
    socket.once('secureConnect', () => resolve(socket));
    socket.once('error', reject);
  });
}
