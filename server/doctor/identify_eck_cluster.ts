import type { EckIdentification } from '../../common/doctor/hop_types';
import { ECK_LABELS } from '../../common/eck/eck_names';
import type { ObservedLocalRemote } from '../../common/plan/observation';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import type { NamespaceScope } from '../gateways/kubernetes/namespace_scope';
import type { ProbeTarget } from './probe_target';

export interface EckClusterRef {
  namespace: string;
  name: string;
  identifiedBy: EckIdentification;
}

/** `<name>-es-remote-cluster.<namespace>.svc` or `<name>-es-transport.<namespace>.svc`, the names ECK certificates carry. */
const ECK_SERVER_NAME = /^([a-z0-9.-]+?)-es-(?:remote-cluster|transport)\.([a-z0-9-]+)\.svc(?:\.cluster\.local)?$/;

export function eckClusterFromServerName(serverName: string | null): EckClusterRef | null {
  const match = serverName ? ECK_SERVER_NAME.exec(serverName) : null;
  return match ? { namespace: match[2], name: match[1], identifiedBy: 'server_name' } : null;
}

/**
 * Which ECK cluster is behind an alias: the one the request names; else the one its server name
 * names; else the one whose Service has the proxy address's host as a load balancer address.
 */
export async function identifyEckCluster(
  requested: { namespace: string; name: string } | null,
  remote: ObservedLocalRemote | null,
  target: ProbeTarget | null,
  lookup: { kubernetes: KubernetesGateway | null; scope: NamespaceScope },
): Promise<EckClusterRef | null> {
  if (requested) return { ...requested, identifiedBy: 'request' };
  const byName = eckClusterFromServerName(remote?.serverName ?? null);
  if (byName) return byName;
  if (!target || !lookup.kubernetes) return null;
  const services = await lookup.kubernetes.listServices(lookup.scope, ECK_LABELS.clusterName);
  const service = services.find((s) =>
    (s.status?.loadBalancer?.ingress ?? []).some((i) => i.ip === target.host || i.hostname === target.host),
  );
  const name = service?.metadata?.labels?.[ECK_LABELS.clusterName];
  return service?.metadata?.namespace && name
    ? { namespace: service.metadata.namespace, name, identifiedBy: 'address' }
    : null;
}
