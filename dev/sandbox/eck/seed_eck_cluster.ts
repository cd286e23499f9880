import {
  ECK_CONTROLLER_VERSION_ANNOTATION,
  ECK_LABELS,
  ECK_PORTS,
  eckServiceNames,
} from '../../../common/eck/eck_names';
import type { EckHealth, EckPhase } from '../../../common/types/eck_cluster';
import type { ObjectStore } from '../kubernetes/object_store';
import { CORE_TYPES, ELASTICSEARCH_TYPE, type ResourceType } from '../kubernetes/resource_types';

export interface EckClusterSeed {
  namespace: string;
  name: string;
  version: string;
  operatorVersion: string;
  phase?: EckPhase;
  health?: EckHealth;
  nodes?: number;
  remoteClusterServerEnabled?: boolean;
}

const coreType = (plural: string) => CORE_TYPES.find((type) => type.plural === plural) as ResourceType;

function ensureNamespace(store: ObjectStore, namespace: string) {
  const namespaces = coreType('namespaces');
  if (!store.get(namespaces, undefined, namespace)) {
    store.create(namespaces, { metadata: { name: namespace }, status: { phase: 'Active' } });
  }
}

function service(seed: EckClusterSeed, name: string, port: { name: string; port: number }, headless: boolean) {
  return {
    metadata: {
      name,
      namespace: seed.namespace,
      labels: { [ECK_LABELS.clusterName]: seed.name, [ECK_LABELS.type]: 'elasticsearch' },
    },
    spec: {
      type: 'ClusterIP',
      ...(headless ? { clusterIP: 'None', publishNotReadyAddresses: true } : {}),
      selector: { [ECK_LABELS.clusterName]: seed.name, [ECK_LABELS.type]: 'elasticsearch' },
      ports: [{ ...port, protocol: 'TCP', targetPort: port.port }],
    },
  };
}

/**
 * Writes an Elasticsearch resource and the Services ECK would have reconciled for it, as they stand
 * once the operator is done. (The operator simulation that gets there step by step comes later.)
 */
export function seedEckCluster(store: ObjectStore, seed: EckClusterSeed): void {
  ensureNamespace(store, seed.namespace);
  const names = eckServiceNames(seed.name);
  const created = store.create(ELASTICSEARCH_TYPE, {
    metadata: {
      name: seed.name,
      namespace: seed.namespace,
      annotations: { [ECK_CONTROLLER_VERSION_ANNOTATION]: seed.operatorVersion },
    },
    spec: {
      version: seed.version,
      nodeSets: [{ name: 'default', count: seed.nodes ?? 3 }],
      ...(seed.remoteClusterServerEnabled ? { remoteClusterServer: { enabled: true } } : {}),
    },
  });
  if (!created.ok) throw new Error(`${seed.namespace}/${seed.name} already exists`);
  store.replace(
    ELASTICSEARCH_TYPE,
    {
      ...created.value,
      status: {
        phase: seed.phase ?? 'Ready',
        health: seed.health ?? 'green',
        version: seed.version,
        availableNodes: seed.nodes ?? 3,
        observedGeneration: created.value.metadata.generation,
      },
    },
    { statusOnly: true },
  );
  const services = coreType('services');
  store.create(services, service(seed, names.http, { name: 'https', port: ECK_PORTS.http }, false));
  store.create(services, service(seed, names.internalHttp, { name: 'https', port: ECK_PORTS.http }, false));
  store.create(services, service(seed, names.transport, { name: 'tls-transport', port: ECK_PORTS.transport }, true));
  if (seed.remoteClusterServerEnabled) {
    store.create(
      services,
      service(seed, names.remoteCluster, { name: 'rcs', port: ECK_PORTS.remoteClusterServer }, true),
    );
  }
}
