import { setHeaderOptions } from '@kubernetes/client-node';
import { clients, ELASTICSEARCH_API_VERSION, ELASTICSEARCHES, rawRequest } from './contract_client';
import type { ContractTarget } from './contract_target';

const MERGE_PATCH = setHeaderOptions('Content-Type', 'application/merge-patch+json');
export const RCS_SERVICE = { spec: { type: 'LoadBalancer', ports: [{ name: 'rcs', port: 9443 }] } };

export interface Elasticsearch {
  metadata: { name: string; generation?: number; resourceVersion?: string; [key: string]: unknown };
  spec: Record<string, unknown> & { remoteClusterServer?: Record<string, unknown> };
  status?: Record<string, unknown>;
}

/** An Elasticsearch resource as ECK's quickstart has it, with preserved config and podTemplate. */
export function elasticsearch(name: string, spec: Record<string, unknown> = {}) {
  return {
    apiVersion: ELASTICSEARCH_API_VERSION,
    kind: 'Elasticsearch',
    metadata: { name },
    spec: {
      version: '9.1.0',
      nodeSets: [
        {
          name: 'default',
          count: 1,
          config: { 'node.store.allow_mmap': false, 'xpack.security.remote_cluster_server.ssl.enabled': true },
          podTemplate: { spec: { containers: [{ name: 'elasticsearch', env: [{ name: 'A', value: 'b' }] }] } },
        },
      ],
      ...spec,
    },
  };
}

/** Creates through plain HTTPS, to see the Warning headers client-node drops. */
export async function createWithWarnings(target: ContractTarget, namespace: string, body: unknown) {
  const path = `/apis/${ELASTICSEARCH_API_VERSION}/namespaces/${namespace}/elasticsearches`;
  const response = await rawRequest(target.kubeConfig('admin'), 'POST', path, {
    contentType: 'application/json',
    body,
  });
  return { status: response.status, object: response.json() as unknown as Elasticsearch, warnings: response.warnings };
}

/** The calls the plugin makes on Elasticsearch resources, through client-node's CustomObjectsApi. */
export function elasticsearchApi(target: ContractTarget, namespace: string) {
  const { custom } = clients(target);
  return {
    create: (body: unknown) =>
      custom.createNamespacedCustomObject({ ...ELASTICSEARCHES, namespace, body }) as Promise<Elasticsearch>,
    get: (name: string) =>
      custom.getNamespacedCustomObject({ ...ELASTICSEARCHES, namespace, name }) as Promise<Elasticsearch>,
    merge: (name: string, body: unknown) =>
      custom.patchNamespacedCustomObject(
        { ...ELASTICSEARCHES, namespace, name, body },
        MERGE_PATCH,
      ) as Promise<Elasticsearch>,
    /** A server-side dry run: the object as it would be stored (pruned, defaulted), nothing written. */
    dryRunMerge: (name: string, body: unknown) =>
      custom.patchNamespacedCustomObject(
        { ...ELASTICSEARCHES, namespace, name, body, dryRun: 'All' },
        MERGE_PATCH,
      ) as Promise<Elasticsearch>,
    mergeStatus: (name: string, body: unknown) =>
      custom.patchNamespacedCustomObjectStatus(
        { ...ELASTICSEARCHES, namespace, name, body },
        MERGE_PATCH,
      ) as Promise<Elasticsearch>,
  };
}
