import type { V1Service } from '@kubernetes/client-node';
import { ECK_CONTROLLER_VERSION_ANNOTATION, ECK_LABELS, eckServiceNames } from '../../common/eck/eck_names';
import type { EckClusterSummary, EckServiceRole, EckServiceSummary } from '../../common/types/eck_cluster';
import type { ElasticsearchResource } from '../gateways/kubernetes/eck_resource';

function serviceRole(serviceName: string, clusterName: string): EckServiceRole {
  const names = eckServiceNames(clusterName);
  if (serviceName === names.http) return 'http';
  if (serviceName === names.internalHttp) return 'internal-http';
  if (serviceName === names.transport) return 'transport';
  if (serviceName === names.remoteCluster) return 'remote-cluster';
  return 'other';
}

function summarizeService(service: V1Service, clusterName: string): EckServiceSummary {
  const name = service.metadata?.name ?? '';
  const ingress = service.status?.loadBalancer?.ingress ?? [];
  return {
    name,
    role: serviceRole(name, clusterName),
    type: service.spec?.type ?? 'ClusterIP',
    ports: (service.spec?.ports ?? []).map((port) => ({
      name: port.name,
      port: port.port,
      targetPort: port.targetPort,
      nodePort: port.nodePort,
    })),
    externalAddresses: ingress.flatMap((entry) => [entry.ip, entry.hostname].filter((a): a is string => !!a)),
  };
}

const clusterKey = (namespace: string | undefined, name: string | undefined) => `${namespace}/${name}`;

/** Joins the Elasticsearch resources with their Services (from two list calls) into one summary each. */
export function summarizeEckClusters(resources: ElasticsearchResource[], services: V1Service[]): EckClusterSummary[] {
  const servicesByCluster = new Map<string, V1Service[]>();
  for (const service of services) {
    const key = clusterKey(service.metadata?.namespace, service.metadata?.labels?.[ECK_LABELS.clusterName]);
    servicesByCluster.set(key, [...(servicesByCluster.get(key) ?? []), service]);
  }

  return resources
    .map((resource): EckClusterSummary => {
      const { name, namespace, generation, annotations } = resource.metadata;
      const names = eckServiceNames(name);
      const clusterServices = (servicesByCluster.get(clusterKey(namespace, name)) ?? [])
        .map((service) => summarizeService(service, name))
        .sort((a, b) => a.name.localeCompare(b.name));
      const status = resource.status ?? {};
      return {
        namespace,
        name,
        version: resource.spec?.version ?? null,
        runningVersion: status.version ?? null,
        phase: status.phase ?? null,
        health: status.health ?? 'unknown',
        availableNodes: status.availableNodes ?? null,
        changesObserved: generation === undefined || (status.observedGeneration ?? 0) >= generation,
        operatorVersion: annotations?.[ECK_CONTROLLER_VERSION_ANNOTATION] ?? null,
        remoteClusterServer: {
          enabled: resource.spec?.remoteClusterServer?.enabled === true,
          serviceName: names.remoteCluster,
          serviceExists: clusterServices.some((service) => service.name === names.remoteCluster),
        },
        transportServiceName: names.transport,
        services: clusterServices,
      };
    })
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
}
