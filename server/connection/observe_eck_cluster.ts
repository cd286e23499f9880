import type { V1Service } from '@kubernetes/client-node';
import { ECK_CONTROLLER_VERSION_ANNOTATION, ECK_LABELS } from '../../common/eck/eck_names';
import { PluginError } from '../../common/errors/plugin_error';
import type { ObservedEckCluster, ObservedService } from '../../common/plan/observation';
import { summarizePemBundle } from '../certificates/summarize_pem_bundle';
import type { RemoteTarget } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { ElasticsearchResource, EckServiceTemplate } from '../gateways/kubernetes/eck_resource';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';

export function observeService(service: V1Service): ObservedService {
  return {
    name: service.metadata?.name ?? '',
    type: service.spec?.type ?? 'ClusterIP',
    ports: (service.spec?.ports ?? []).map((p) => ({
      name: p.name,
      port: p.port,
      targetPort: p.targetPort,
      nodePort: p.nodePort,
    })),
    annotations: service.metadata?.annotations ?? {},
    ingress: (service.status?.loadBalancer?.ingress ?? []).flatMap((i) =>
      [i.ip, i.hostname].filter((a): a is string => !!a),
    ),
    selector: service.spec?.selector ?? {},
  };
}

/** A Service template of the resource (`spec.remoteClusterServer.service`, `spec.transport.service`), as stored. */
export function observeServiceTemplate(template: EckServiceTemplate | undefined) {
  return template
    ? {
        type: template.spec?.type,
        annotations: template.metadata?.annotations,
        ports: template.spec?.ports?.map((p) => ({ name: p.name, port: p.port, targetPort: p.targetPort })),
      }
    : null;
}

/**
 * Asks the API server, in a dry run, whether it would keep `spec.remoteClusterServer.service`:
 * CRDs before ECK 3.3 prune it silently. Nothing is written.
 */
async function probeServiceField(
  kubernetes: KubernetesGateway,
  resource: ElasticsearchResource,
): Promise<boolean | null> {
  const current = resource.spec?.remoteClusterServer;
  const probe = { spec: { remoteClusterServer: { service: current?.service ?? { spec: { type: 'ClusterIP' } } } } };
  try {
    const dryRun = await kubernetes.dryRunMergePatchElasticsearch(
      resource.metadata.namespace,
      resource.metadata.name,
      probe,
    );
    return dryRun.spec?.remoteClusterServer?.service !== undefined;
  } catch {
    return null;
  }
}

/**
 * Where the remote gateway reaches this cluster, with the version it runs (the spec's until ECK
 * reports one): an 8.x cluster refuses the 9.x client's default media type.
 */
export const remoteTargetOf = (eck: ObservedEckCluster): RemoteTarget => ({
  namespace: eck.namespace,
  name: eck.name,
  version: eck.runningVersion ?? eck.specVersion,
});

/**
 * One ECK cluster as the plan sees it, in four calls: the resource, its Services (one labelled
 * list), the public transport CA Secret, and a dry run that tells what the CRD keeps.
 */
export async function observeEckCluster(
  kubernetes: KubernetesGateway,
  namespace: string,
  name: string,
): Promise<ObservedEckCluster> {
  return (await observeEckResource(kubernetes, namespace, name)).eck;
}

/** The same, with the resource as read, for a plan that needs more of its spec (`spec.transport`). */
export async function observeEckResource(
  kubernetes: KubernetesGateway,
  namespace: string,
  name: string,
): Promise<{ eck: ObservedEckCluster; resource: ElasticsearchResource }> {
  const [resource, services, caSecret] = await Promise.all([
    kubernetes.getElasticsearch(namespace, name),
    kubernetes.listServices({ all: false, namespaces: [namespace] }, `${ECK_LABELS.clusterName}=${name}`),
    kubernetes.getSecret(namespace, `${name}-es-transport-certs-public`),
  ]);
  if (!resource) {
    throw new PluginError('ECK_CLUSTER_NOT_FOUND', `There is no Elasticsearch resource ${namespace}/${name}`);
  }
  const serviceFieldInCrd = await probeServiceField(kubernetes, resource);
  const caPem = caSecret?.data?.['ca.crt'] ? Buffer.from(caSecret.data['ca.crt'], 'base64').toString('utf8') : null;
  const template = resource.spec?.remoteClusterServer?.service;
  const eck: ObservedEckCluster = {
    namespace,
    name,
    generation: resource.metadata.generation ?? 1,
    observedGeneration: resource.status?.observedGeneration ?? null,
    phase: resource.status?.phase ?? null,
    specVersion: resource.spec?.version ?? null,
    runningVersion: resource.status?.version ?? null,
    operatorVersion: resource.metadata.annotations?.[ECK_CONTROLLER_VERSION_ANNOTATION] ?? null,
    remoteClusterServer: {
      serviceFieldInCrd,
      enabled: resource.spec?.remoteClusterServer?.enabled === true,
      service: observeServiceTemplate(template),
    },
    services: services.map(observeService),
    transportCa: caPem ? { pem: caPem, certificates: summarizePemBundle(caPem) } : null,
  };
  return { eck, resource };
}
