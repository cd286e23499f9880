import { ELASTICSEARCH_TYPE } from '../../dev/sandbox/kubernetes/resource_types';
import type { SandboxWorld } from '../../dev/sandbox/world';

/** Counts from the sandbox's own logs: what the plugin asked of Kubernetes and Elasticsearch. */
export interface SandboxActivity {
  kubernetesRequests: number;
  kubernetesWrites: number;
  /** Writes that changed the store (dry runs and no-op patches excluded). */
  kubernetesChanges: number;
  localElasticsearchWrites: number;
  /** Requests that reached any ECK cluster's Elasticsearch. */
  eckElasticsearchRequests: number;
  eckElasticsearchWrites: number;
}

function eckServers(world: SandboxWorld) {
  return world.kubernetes.store
    .list(ELASTICSEARCH_TYPE, undefined, [])
    .map((es) => world.operator.elasticsearch(es.metadata.namespace!, es.metadata.name))
    .filter((server) => server !== undefined);
}

/** Compare two readings with `toEqual`: any difference is a request that should not have been made. */
export function sandboxActivity(world: SandboxWorld): SandboxActivity {
  const eck = eckServers(world);
  return {
    kubernetesRequests: world.kubernetes.requests.length,
    kubernetesWrites: world.kubernetes.writes.length,
    kubernetesChanges: world.kubernetes.writes.filter((write) => write.changed).length,
    localElasticsearchWrites: world.localElasticsearch.requestLog.writes.length,
    eckElasticsearchRequests: eck.reduce((sum, server) => sum + server.requestLog.requests.length, 0),
    eckElasticsearchWrites: eck.reduce((sum, server) => sum + server.requestLog.writes.length, 0),
  };
}
