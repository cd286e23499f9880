import type { V1Service } from '@kubernetes/client-node';
import { ECK_CONTROLLER_VERSION_ANNOTATION, ECK_LABELS } from '../../common/eck/eck_names';
import { PluginError } from '../../common/errors/plugin_error';
import type { ObservedEckCluster, ObservedService } from '../../common/plan/observation';
import { summarizePemBundle } from '../certificates/summarize_pem_bundle';
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

/**
 * One ECK cluster as the plan sees it, in three calls: the resource, its Services (one labelled
 * list), and the public transport CA Secret.
 */
export async function observeEckCluster(
  kubernetes: KubernetesGateway,
  namespace: string,
  name: string,
): Promise<ObservedEckCluster> {
  const [resource, services, caSecret] = await Promise.all([
    kubernetes.getElasticsearch(namespace, name),
    kubernetes.listServices({ all: false, namespaces: [namespace] }, `${ECK_LABELS.clusterName}=${name}`),
    kubernetes.getSecret(namespace, `${name}-es-transport-certs-public`),
  ]);
  if (!resource) {
    throw new PluginError('ECK_CLUSTER_NOT_FOUND', `There is no Elasticsearch resource ${namespace}/${name}`);
  }
  const caPem = caSecret?.data?.['ca.crt'] ? Buffer.from(caSecret.data['ca.crt'], 'base64').toString('utf8') : null;
  const template = resource.spec?.remoteClusterServer?.service;
  return {
    namespace,
    name,
    generation: resource.metadata.generation ?? 1,
    observedGeneration: resource.status?.observedGeneration ?? null,
    phase: resource.status?.phase ?? null,
    specVersion: resource.spec?.version ?? null,
    runningVersion: resource.status?.version ?? null,
    operatorVersion: resource.metadata.annotations?.[ECK_CONTROLLER_VERSION_ANNOTATION] ?? null,
    remoteClusterServer: {
      enabled: resource.spec?.remoteClusterServer?.enabled === true,
      service: template
        ? {
            type: template.spec?.type,
            annotations: template.metadata?.annotations,
            ports: template.spec?.ports?.map((p) => ({ name: p.name, port: p.port, targetPort: p.targetPort })),
          }
        : null,
    },
    services: services.map(observeService),
    transportCa: caPem ? { pem: caPem, certificates: summarizePemBundle(caPem) } : null,
  };
}
