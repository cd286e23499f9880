import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ApiextensionsV1Api,
  loadAllYaml,
  type KubeConfig,
  type V1CustomResourceDefinition,
} from '@kubernetes/client-node';
import { eckModuleDir } from '../eck_crds';

/**
 * The operator's own CRD bundle. all-crds.yaml rather than the full per-kind files: the full
 * Elasticsearch CRD is about 1.5 MB, close to etcd's request limit, while the bundle trims only pod
 * templates, which these tests never set. Never copied into the repository (Elastic License 2.0).
 */
export function readOperatorCrds(version: string): V1CustomResourceDefinition[] {
  const bundle = path.join(eckModuleDir(version), 'config', 'crds', 'v1', 'all-crds.yaml');
  const documents = loadAllYaml(readFileSync(bundle, 'utf8')) as Array<V1CustomResourceDefinition | null>;
  return documents.filter(
    (document): document is V1CustomResourceDefinition => document?.kind === 'CustomResourceDefinition',
  );
}

function isEstablished(crd: V1CustomResourceDefinition): boolean {
  return crd.status?.conditions?.some(({ type, status }) => type === 'Established' && status === 'True') ?? false;
}

/**
 * Creates every CRD of the bundle and waits until the API server serves them all. The operator
 * needs all of them, not only Elasticsearch: it starts an informer for every kind it manages.
 */
export async function installOperatorCrds(
  kubeConfig: KubeConfig,
  crds: V1CustomResourceDefinition[],
  timeoutMs = 60_000,
): Promise<string[]> {
  const api = kubeConfig.makeApiClient(ApiextensionsV1Api);
  // One at a time: each is hundreds of kilobytes, and the API server compiles its schema on create.
  for (const crd of crds) await api.createCustomResourceDefinition({ body: crd });

  const names = crds.map((crd) => crd.metadata!.name!);
  const deadline = Date.now() + timeoutMs;
  for (const name of names) {
    while (!isEstablished(await api.readCustomResourceDefinition({ name }))) {
      if (Date.now() > deadline) throw new Error(`CRD ${name} was not Established within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return names;
}
