import { PluginError } from '../../common/errors/plugin_error';
import type { PlannedChange } from '../../common/plan/plan_types';

export type RemoteClusterServerSpec = { spec?: { remoteClusterServer?: { enabled?: unknown; service?: unknown } } };

/**
 * CRDs silently drop fields they do not know (`remoteClusterServer` before ECK 2.16, its `service`
 * before 3.3): a patch is checked against what was stored, never assumed applied.
 */
export function assertNotPruned(
  change: Extract<PlannedChange, { kind: 'kubernetes_patch' }>,
  stored: RemoteClusterServerSpec,
) {
  const wanted = (change.patch as RemoteClusterServerSpec).spec?.remoteClusterServer ?? {};
  const kept = stored.spec?.remoteClusterServer ?? {};
  const where = `${change.resource.namespace}/${change.resource.name}`;
  if (wanted.enabled !== undefined && kept.enabled === undefined) {
    throw new PluginError(
      'ECK_FIELD_PRUNED',
      `Kubernetes dropped spec.remoteClusterServer from ${where}: the installed ECK CRDs are older than 2.16`,
    );
  }
  if (wanted.service !== undefined && kept.service === undefined) {
    throw new PluginError(
      'ECK_FIELD_PRUNED',
      `Kubernetes dropped spec.remoteClusterServer.service from ${where}: the installed ECK CRDs are older than 3.3`,
    );
  }
}
