import { randomInt } from 'node:crypto';
import { invalidField, notSupportedField, requiredField, type FieldError } from './field_errors';

/**
 * What kube-apiserver does to a Service beyond storing it (defaults in pkg/apis/core/v1/defaults.go,
 * allocation and patchAllocatedValues in pkg/registry/core/service/storage), as observed on a
 * real 1.34 server with --service-cluster-ip-range=10.96.0.0/16 and the default NodePort range.
 */
interface ServicePort {
  name?: string;
  protocol?: string;
  port?: number;
  targetPort?: number | string;
  nodePort?: number;
}

interface ServiceSpec {
  type?: string;
  clusterIP?: string;
  clusterIPs?: string[];
  selector?: Record<string, string>;
  ports?: ServicePort[];
  externalTrafficPolicy?: string;
  allocateLoadBalancerNodePorts?: boolean;
  [key: string]: unknown;
}

interface LoadBalancerIngress {
  ip?: string;
  hostname?: string;
  ipMode?: string;
}

export interface ServiceObject {
  spec?: ServiceSpec;
  status?: { loadBalancer?: { ingress?: LoadBalancerIngress[] } };
}

export const NODE_PORT_RANGE = { min: 30000, max: 32767 };
const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

const needsNodePorts = (spec: ServiceSpec) => spec.type === 'NodePort' || spec.type === 'LoadBalancer';
const isHeadless = (spec: ServiceSpec) => spec.clusterIP === 'None';

/** The addresses and ports Services already hold, read from the stored Services. */
export interface ServiceAllocations {
  clusterIPs: Set<string>;
  nodePorts: Set<number>;
}

export function allocationsOf(services: ServiceObject[]): ServiceAllocations {
  const allocations: ServiceAllocations = { clusterIPs: new Set(), nodePorts: new Set() };
  for (const { spec = {} } of services) {
    if (spec.clusterIP && spec.clusterIP !== 'None') allocations.clusterIPs.add(spec.clusterIP);
    for (const port of spec.ports ?? []) if (port.nodePort) allocations.nodePorts.add(port.nodePort);
  }
  return allocations;
}

function freeClusterIP(allocations: ServiceAllocations): string {
  // 10.96.0.1 is the `kubernetes` Service's, by convention the first address of the range.
  for (;;) {
    const candidate = `10.96.${randomInt(256)}.${randomInt(1, 255)}`;
    if (candidate !== '10.96.0.1' && !allocations.clusterIPs.has(candidate)) return candidate;
  }
}

function freeNodePort(allocations: ServiceAllocations): number {
  for (;;) {
    const candidate = randomInt(NODE_PORT_RANGE.min, NODE_PORT_RANGE.max + 1);
    if (!allocations.nodePorts.has(candidate)) return candidate;
  }
}

/** SetDefaults_Service and friends: the fields a created Service comes back with. */
function applyDefaults(service: ServiceObject): ServiceSpec {
  const spec: ServiceSpec = { type: 'ClusterIP', sessionAffinity: 'None', ...service.spec };
  spec.ports = (spec.ports ?? []).map((port) => ({
    ...port,
    protocol: port.protocol ?? 'TCP',
    targetPort: port.targetPort ?? port.port,
  }));
  spec.internalTrafficPolicy ??= 'Cluster';
  if (needsNodePorts(spec)) spec.externalTrafficPolicy ??= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
  return spec;
}

export function validateService(service: ServiceObject): FieldError[] {
  const spec = service.spec ?? {};
  const errors: FieldError[] = [];
  if (!SERVICE_TYPES.includes(spec.type ?? 'ClusterIP')) {
    errors.push(notSupportedField('spec.type', spec.type, SERVICE_TYPES));
  }
  if ((spec.ports ?? []).length === 0 && !isHeadless(spec) && spec.type !== 'ExternalName') {
    errors.push(requiredField('spec.ports'));
  }
  (service.status?.loadBalancer?.ingress ?? []).forEach((ingress, index) => {
    if (spec.type === 'LoadBalancer' && ingress.ip && !ingress.ipMode) {
      errors.push(requiredField(`status.loadBalancer.ingress[${index}].ipMode`, 'must be specified when `ip` is set'));
    }
  });
  return errors;
}

function allocate(spec: ServiceSpec, allocations: ServiceAllocations): FieldError[] {
  const errors: FieldError[] = [];
  if (!isHeadless(spec) && spec.type !== 'ExternalName') {
    spec.clusterIP ||= freeClusterIP(allocations);
    allocations.clusterIPs.add(spec.clusterIP);
  }
  if (spec.clusterIP) spec.clusterIPs ??= [spec.clusterIP];
  // A headless Service without a selector is given both families, as the real server does.
  const dualStack = isHeadless(spec) && !spec.selector;
  spec.ipFamilies ??= dualStack ? ['IPv4', 'IPv6'] : ['IPv4'];
  spec.ipFamilyPolicy ??= dualStack ? 'RequireDualStack' : 'SingleStack';
  if (!needsNodePorts(spec)) return errors;
  spec.ports!.forEach((port, index) => {
    if (port.nodePort && allocations.nodePorts.has(port.nodePort)) {
      errors.push(invalidField(`spec.ports[${index}].nodePort`, port.nodePort, 'provided port is already allocated'));
    }
    port.nodePort ||= freeNodePort(allocations);
    allocations.nodePorts.add(port.nodePort);
  });
  return errors;
}

/** A Service as create stores it: defaulted, with its ClusterIP and NodePorts, and an empty status. */
export function prepareServiceForCreate<T extends ServiceObject>(service: T, allocations: ServiceAllocations) {
  const spec = applyDefaults(service);
  const errors = allocate(spec, allocations);
  return { service: { ...service, spec, status: { loadBalancer: {} } } as T, errors };
}

/**
 * A Service as update stores it: what the client left out of its allocated values (ClusterIP,
 * NodePorts matched by port name) is kept, the rest is defaulted and allocated as on create.
 */
export function prepareServiceForUpdate<T extends ServiceObject>(
  next: T,
  current: ServiceObject,
  others: ServiceAllocations,
) {
  const spec = applyDefaults(next);
  const before = current.spec ?? {};
  if (!isHeadless(spec) && !spec.clusterIP && before.clusterIP !== 'None') {
    spec.clusterIP = before.clusterIP;
    spec.clusterIPs ??= before.clusterIPs;
  }
  if (needsNodePorts(before) && needsNodePorts(spec)) {
    const byName = new Map((before.ports ?? []).map((port) => [port.name ?? '', port.nodePort]));
    const taken = new Set(spec.ports!.map((port) => port.nodePort).filter(Boolean));
    for (const port of spec.ports!) {
      const previous = byName.get(port.name ?? '');
      if (!port.nodePort && previous && !taken.has(previous)) port.nodePort = previous;
    }
  }
  const errors = allocate(spec, others);
  return { service: { ...next, spec } as T, errors };
}

/** Status defaults: a load balancer ingress with an IP is a VIP unless it says otherwise. */
export function defaultServiceStatus<T extends ServiceObject>(service: T): T {
  const ingress = service.status?.loadBalancer?.ingress;
  if (service.spec?.type !== 'LoadBalancer' || !ingress) return service;
  const defaulted = ingress.map((entry) => (entry.ip && !entry.ipMode ? { ...entry, ipMode: 'VIP' } : entry));
  return {
    ...service,
    status: { ...service.status, loadBalancer: { ...service.status!.loadBalancer, ingress: defaulted } },
  };
}
