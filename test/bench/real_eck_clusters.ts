import {
  CoreV1Api,
  CustomObjectsApi,
  setHeaderOptions,
  type KubeConfig,
  type V1Service,
} from '@kubernetes/client-node';
import { ECK_API } from '../../common/eck/eck_names';
import { desiredServices } from '../../dev/sandbox/eck/desired_services';
import type { ElasticsearchObject } from '../../dev/sandbox/eck/elasticsearch_resource';
import { operatorCapabilities } from '../../dev/sandbox/eck/operator_capabilities';

const MERGE_PATCH = setHeaderOptions('Content-Type', 'application/merge-patch+json');
/** Enough to keep a 2-core kube-apiserver busy without queueing thousands of requests at once. */
const CONCURRENCY = 8;

/** Runs `work` for every item, at most CONCURRENCY at a time. */
async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

export const benchNamespace = (index: number) => `bench-${index % 100}`;
export const benchClusterName = (index: number) => `es-${index}`;

/**
 * What an ECK operator would have left once done, written directly (no operator runs): for each
 * cluster the Elasticsearch resource with a Ready status, and the Services ECK creates for it
 * (http, internal-http, transport, and the remote cluster Service for every third), as the sandbox
 * seeds them. Clusters `from` to `to - 1`, spread over 100 namespaces that must exist.
 */
export async function createEckClusters(admin: KubeConfig, from: number, to: number): Promise<void> {
  const objects = admin.makeApiClient(CustomObjectsApi);
  const core = admin.makeApiClient(CoreV1Api);
  const operator = operatorCapabilities('3.5.0');
  const indices = Array.from({ length: to - from }, (_, i) => from + i);
  await inParallel(indices, async (index) => {
    const namespace = benchNamespace(index);
    const name = benchClusterName(index);
    const created = (await objects.createNamespacedCustomObject({
      ...ECK_API,
      namespace,
      body: {
        apiVersion: `${ECK_API.group}/${ECK_API.version}`,
        kind: 'Elasticsearch',
        metadata: { name },
        spec: {
          version: '9.1.5',
          nodeSets: [{ name: 'default', count: 3 }],
          ...(index % 3 === 0 ? { remoteClusterServer: { enabled: true } } : {}),
        },
      },
    })) as ElasticsearchObject;
    const status = {
      phase: 'Ready',
      health: 'green',
      version: '9.1.5',
      availableNodes: 3,
      observedGeneration: created.metadata.generation,
    };
    await objects.patchNamespacedCustomObjectStatus({ ...ECK_API, namespace, name, body: { status } }, MERGE_PATCH);
    for (const service of desiredServices(created, operator).apply) {
      await core.createNamespacedService({ namespace, body: service as V1Service });
    }
  });
}

export async function createBenchNamespaces(admin: KubeConfig): Promise<void> {
  const core = admin.makeApiClient(CoreV1Api);
  await inParallel(
    Array.from({ length: 100 }, (_, i) => i),
    (index) => core.createNamespace({ body: { metadata: { name: benchNamespace(index) } } }),
  );
}
