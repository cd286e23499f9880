import type { EckHealth, EckPhase } from '../../../common/types/eck_cluster';
import type { KubeObject, ObjectStore } from '../kubernetes/object_store';
import { ELASTICSEARCH_TYPE } from '../kubernetes/resource_types';
import { desiredServices } from './desired_services';
import type { ElasticsearchObject, ElasticsearchSpec } from './elasticsearch_resource';
import { KUBE } from './kube_types';
import { operatorCapabilities } from './operator_capabilities';

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

function ensureNamespace(store: ObjectStore, namespace: string) {
  if (!store.get(KUBE.namespaces, undefined, namespace)) {
    store.create(KUBE.namespaces, { metadata: { name: namespace }, status: { phase: 'Active' } });
  }
}

function specOf(seed: EckClusterSeed): ElasticsearchSpec {
  return {
    version: seed.version,
    nodeSets: [{ name: 'default', count: seed.nodes ?? 3 }],
    ...(seed.remoteClusterServerEnabled ? { remoteClusterServer: { enabled: true } } : {}),
  };
}

/**
 * Writes the namespace and the Elasticsearch resource as an admin would apply it, for the operator
 * (`startEckOperator`) to reconcile.
 */
export function createEckCluster(store: ObjectStore, seed: EckClusterSeed): ElasticsearchObject {
  ensureNamespace(store, seed.namespace);
  const created = store.create(ELASTICSEARCH_TYPE, {
    metadata: { name: seed.name, namespace: seed.namespace },
    spec: specOf(seed),
  });
  if (!created.ok) throw new Error(`${seed.namespace}/${seed.name} already exists`);
  return created.value as ElasticsearchObject;
}

/**
 * Writes an Elasticsearch resource and the Services ECK reconciles for it, as they stand once the
 * operator is done, without running one: a static snapshot for tests that only read.
 */
export function seedEckCluster(store: ObjectStore, seed: EckClusterSeed): void {
  // ECK 3.x records its version nowhere on the resource (seen with the real 3.2.0 and 3.5.0).
  const resource = createEckCluster(store, seed);
  store.replace(
    ELASTICSEARCH_TYPE,
    {
      ...resource,
      status: {
        phase: seed.phase ?? 'Ready',
        health: seed.health ?? 'green',
        version: seed.version,
        availableNodes: seed.nodes ?? 3,
        observedGeneration: resource.metadata.generation,
      },
    } as KubeObject,
    { statusOnly: true },
  );
  for (const service of desiredServices(resource, operatorCapabilities(seed.operatorVersion)).apply) {
    store.create(KUBE.services, service);
  }
}
