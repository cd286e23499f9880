import type { V1Service, V1ServicePort } from '@kubernetes/client-node';
import { ECK_PORTS } from '../../../common/eck/eck_names';
import type { KubeObject } from '../kubernetes/object_store';
import type { ListenerProfile } from '../network/endpoint_directory';

/** One address outside Kubernetes at which a Service reaches the cluster's remote cluster or transport port. */
export interface EndpointPlan {
  serviceName: string;
  profile: Extract<ListenerProfile, 'remote_cluster_server' | 'transport'>;
  port: number;
  /** The load balancer's IP; absent for a NodePort, which gets a node address of its own. */
  host?: string;
  hostNames: string[];
  /** Identifies a NodePort's node address across reconciles. */
  nodePortKey?: string;
  /** The pod whose certificate the listener presents. */
  pod: string;
}

type Port = V1ServicePort & { targetPort?: number | string };

interface ContainerPort {
  name?: string;
  containerPort: number;
}

function containerPorts(pod: KubeObject): ContainerPort[] {
  const containers = (pod.spec as { containers?: Array<{ ports?: ContainerPort[] }> })?.containers ?? [];
  return containers.flatMap((container) => container.ports ?? []);
}

/** A named targetPort means the container port of that name, as kube-proxy resolves it. */
function resolveTargetPort(port: Port, pod: KubeObject): number | undefined {
  const target = port.targetPort ?? port.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  return containerPorts(pod).find((candidate) => candidate.name === target)?.containerPort;
}

function selects(selector: Record<string, string> | undefined, pod: KubeObject): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([key, value]) => pod.metadata.labels?.[key] === value);
}

function profileOf(targetPort: number | undefined, remoteClusterServer: boolean): EndpointPlan['profile'] | undefined {
  // Nothing listens on 9443 while the remote cluster server is off: the load balancer has no backend.
  if (targetPort === ECK_PORTS.remoteClusterServer) return remoteClusterServer ? 'remote_cluster_server' : undefined;
  if (targetPort === ECK_PORTS.transport) return 'transport';
  return undefined;
}

/**
 * Where a cluster is reachable from outside: every LoadBalancer ingress IP and every NodePort of
 * every Service that selects its pods (ECK's own, or one the admin or the plugin created) on the
 * remote cluster server or transport port.
 */
export function plannedEndpoints(
  services: KubeObject[],
  pods: KubeObject[],
  remoteClusterServer: boolean,
): EndpointPlan[] {
  return services.flatMap((object) => {
    const service = object as V1Service & KubeObject;
    const pod = pods.find((candidate) => selects(service.spec?.selector, candidate));
    if (!pod) return [];
    const type = service.spec?.type ?? 'ClusterIP';
    return (service.spec?.ports ?? []).flatMap((port): EndpointPlan[] => {
      const profile = profileOf(resolveTargetPort(port, pod), remoteClusterServer);
      if (!profile) return [];
      const base = { serviceName: service.metadata.name, profile, pod: pod.metadata.name };
      if (type === 'LoadBalancer') {
        return (service.status?.loadBalancer?.ingress ?? []).flatMap((ingress) =>
          ingress.ip
            ? [{ ...base, port: port.port, host: ingress.ip, hostNames: ingress.hostname ? [ingress.hostname] : [] }]
            : [],
        );
      }
      if (type === 'NodePort' && port.nodePort) {
        const nodePortKey = `${service.metadata.uid}/${port.nodePort}`;
        return [{ ...base, port: port.nodePort, hostNames: [], nodePortKey }];
      }
      return [];
    });
  });
}
