import type { ObservedService } from './observation';

/**
 * A Service reached from outside Kubernetes: a load balancer on a port, a node port on a node the
 * admin names, or an address the admin already routes. Shared by both models (9443 and 9300).
 */
export type ServiceExposure =
  | { type: 'LoadBalancer'; port: number; annotations: Record<string, string> }
  | { type: 'NodePort'; nodeAddress: string }
  | { type: 'address'; proxyAddress: string };

type ServiceTemplate = { type?: string; annotations?: Record<string, string>; ports?: ObservedService['ports'] };

const portTo = (service: Pick<ObservedService, 'ports'>, targetPort: number) =>
  service.ports.find((p) => Number(p.targetPort ?? p.port) === targetPort);

/** `host:port` the local cluster dials, once the Service has an address. */
export function exposedAddress(service: ObservedService, exposure: ServiceExposure, targetPort: number): string | null {
  if (exposure.type === 'address') return exposure.proxyAddress;
  if (exposure.type === 'NodePort') {
    const nodePort = portTo(service, targetPort)?.nodePort;
    return nodePort ? `${exposure.nodeAddress}:${nodePort}` : null;
  }
  const ingress = service.ingress[0];
  if (!ingress) return null;
  return `${ingress.includes(':') ? `[${ingress}]` : ingress}:${exposure.port}`;
}

/** Whether the Service is of the asked type, on the asked port, with the asked annotations. */
export function serviceExposes(service: ObservedService, exposure: ServiceExposure, targetPort: number): boolean {
  if (exposure.type === 'address' || service.type !== exposure.type) return false;
  const port = portTo(service, targetPort);
  if (!port) return false;
  if (exposure.type === 'NodePort') return true;
  return (
    port.port === exposure.port &&
    Object.entries(exposure.annotations).every(([key, value]) => service.annotations[key] === value)
  );
}

/** Whether a stored Service template (`spec.<layer>.service`) already asks for this exposure. */
export function templateAsks(template: ServiceTemplate | null, exposure: ServiceExposure, targetPort: number): boolean {
  if (!template || exposure.type === 'address' || template.type !== exposure.type) return false;
  if (exposure.type === 'NodePort') return true;
  const annotationsMatch = Object.entries(exposure.annotations).every(([k, v]) => template.annotations?.[k] === v);
  const portMatches =
    exposure.port === targetPort
      ? !template.ports || template.ports.some((p) => p.port === exposure.port)
      : !!template.ports?.some((p) => p.port === exposure.port && Number(p.targetPort) === targetPort);
  return annotationsMatch && portMatches;
}

/**
 * The Service template ECK merges into its own Service. A port other than the container's needs
 * an explicit `targetPort`, or the load balancer forwards to a port nothing listens on.
 */
export function serviceTemplate(
  exposure: Exclude<ServiceExposure, { type: 'address' }>,
  targetPort: number,
  portName: string,
) {
  const ports =
    exposure.type === 'LoadBalancer' && exposure.port !== targetPort
      ? [{ name: portName, port: exposure.port, targetPort, protocol: 'TCP' }]
      : undefined;
  const annotations =
    exposure.type === 'LoadBalancer' && Object.keys(exposure.annotations).length > 0 ? exposure.annotations : undefined;
  return {
    ...(annotations ? { metadata: { annotations } } : {}),
    spec: { type: exposure.type, ...(ports ? { ports } : {}) },
  };
}
