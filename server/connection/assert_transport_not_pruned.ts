import { PluginError } from '../../common/errors/plugin_error';
import type { PlannedChange } from '../../common/plan/plan_types';

type TransportSpec = { spec?: { transport?: { service?: unknown; tls?: { certificateAuthorities?: unknown } } } };

/**
 * A CRD drops fields it does not know without an error: a `spec.transport` patch is checked against
 * what was stored, like the remote cluster server's (`assertNotPruned`), never assumed applied.
 */
export function assertTransportNotPruned(
  change: Extract<PlannedChange, { kind: 'kubernetes_patch' }>,
  stored: TransportSpec,
) {
  const wanted = (change.patch as TransportSpec).spec?.transport ?? {};
  const kept = stored.spec?.transport ?? {};
  const where = `${change.resource.namespace}/${change.resource.name}`;
  const dropped = (field: string) =>
    new PluginError(
      'ECK_FIELD_PRUNED',
      `Kubernetes dropped spec.transport.${field} from ${where}: upgrade the ECK CRDs`,
    );
  if (wanted.service !== undefined && kept.service === undefined) throw dropped('service');
  if (wanted.tls?.certificateAuthorities !== undefined && kept.tls?.certificateAuthorities === undefined) {
    throw dropped('tls.certificateAuthorities');
  }
}
