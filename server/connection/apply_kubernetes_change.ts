import type { V1ConfigMap, V1Service } from '@kubernetes/client-node';
import { isPluginError, PluginError } from '../../common/errors/plugin_error';
import type { PlannedChange } from '../../common/plan/plan_types';
import type { ElasticsearchResource } from '../gateways/kubernetes/eck_resource';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';

export type KubernetesChange = Extract<PlannedChange, { kind: 'kubernetes_patch' | 'kubernetes_create' }>;
type Patch = Extract<PlannedChange, { kind: 'kubernetes_patch' }>;

/** Throws when the stored resource lost a field the patch set (a CRD prunes what it does not know). */
export type StoredCheck = (change: Patch, stored: ElasticsearchResource) => void;

async function create(kubernetes: KubernetesGateway, change: Extract<PlannedChange, { kind: 'kubernetes_create' }>) {
  const { namespace } = change.object.metadata;
  try {
    if (change.object.kind === 'ConfigMap') await kubernetes.createConfigMap(namespace, change.object as V1ConfigMap);
    else if (change.object.kind === 'Service') await kubernetes.createService(namespace, change.object as V1Service);
    else throw new PluginError('INTERNAL_ERROR', `The plugin does not create ${change.object.kind} objects`);
  } catch (error) {
    // Another admin (or Kibana instance) created it first: the new plan says whether it is right.
    if (!(isPluginError(error) && error.code === 'KUBERNETES_CONFLICT')) throw error;
    // A 409 that left no ConfigMap (a storage conflict, not AlreadyExists): the reference the step
    // patches in next would point at nothing, and ECK's reconciliation would fail on it.
    if (change.object.kind === 'ConfigMap' && !(await kubernetes.getConfigMap(namespace, change.object.metadata.name)))
      throw error;
  }
}

/**
 * One planned Kubernetes change, through the gateway (so the same call runs against the sandbox
 * and a real API server). Creates tolerate a concurrent create; patches of the ECK resource are
 * checked against what was stored.
 */
export async function applyKubernetesChange(
  kubernetes: KubernetesGateway,
  change: KubernetesChange,
  checkStored: StoredCheck,
): Promise<void> {
  if (change.kind === 'kubernetes_create') return create(kubernetes, change);
  const { namespace, name, kind } = change.resource;
  if (kind === 'Elasticsearch') {
    checkStored(change, await kubernetes.mergePatchElasticsearch(namespace, name, change.patch));
  } else if (kind === 'ConfigMap') {
    await kubernetes.mergePatchConfigMap(namespace, name, change.patch);
  } else {
    await kubernetes.mergePatchService(namespace, name, change.patch);
  }
}
