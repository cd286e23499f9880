import { ECK_PORTS, eckServiceNames } from '../eck/eck_names';
import { isKeyFor } from '../plan/api_key/cross_cluster_api_key';
import type { DoctorApiKey, DoctorEckResource, DoctorObservation } from './doctor_observation';
import { splitProxyAddress } from './proxy_address';

/** The names ECK's certificates carry for the remote cluster server and the transport port. */
export const eckServerNames = (namespace: string, name: string) => ({
  remoteClusterServer: `${eckServiceNames(name).remoteCluster}.${namespace}.svc`,
  transport: `${eckServiceNames(name).transport}.${namespace}.svc`,
});

/** An address outside Kubernetes at which a Service of the ECK cluster listens, and the pod port behind it. */
export interface ExternalAddress {
  host: string;
  port: number;
  targetPort: number | null;
  serviceName: string;
}

export function externalAddresses(resource: DoctorEckResource): ExternalAddress[] {
  return resource.services.flatMap((service) =>
    service.ingress.flatMap((host) =>
      service.ports.map((port) => ({
        host,
        port: port.port,
        targetPort: resolveTargetPort(port.targetPort ?? port.port),
        serviceName: service.name,
      })),
    ),
  );
}

/** A named targetPort is resolved by port name as ECK names its container ports. */
function resolveTargetPort(target: number | string): number | null {
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  return (
    ({ rcs: ECK_PORTS.remoteClusterServer, 'tls-transport': ECK_PORTS.transport } as Record<string, number>)[target] ??
    null
  );
}

export const localRemoteOf = (observation: DoctorObservation) =>
  observation.localRemote.ok ? observation.localRemote.value : null;

export const eckResourceOf = (observation: DoctorObservation): DoctorEckResource | null =>
  observation.eck?.resource.ok ? observation.eck.resource.value : null;

/** The Service address the proxy address is, when Kubernetes lists it. */
export function matchingExternalAddress(observation: DoctorObservation): ExternalAddress | null {
  const remote = localRemoteOf(observation);
  const resource = eckResourceOf(observation);
  const target = remote?.proxyAddress ? splitProxyAddress(remote.proxyAddress) : null;
  if (!target || !resource) return null;
  return externalAddresses(resource).find((a) => a.host === target.host && a.port === target.port) ?? null;
}

export type PortProfile = 'remote_cluster_server' | 'transport';

/**
 * Which port of the remote the proxy address leads to: through the matching Service's targetPort;
 * else the address's own port when it is 9443 or 9300; else what the TLS handshake showed (only the
 * transport port asks for a client certificate).
 */
export function proxyPortProfile(observation: DoctorObservation): PortProfile | null {
  const viaService = matchingExternalAddress(observation)?.targetPort;
  const remote = localRemoteOf(observation);
  const port = viaService ?? (remote?.proxyAddress ? splitProxyAddress(remote.proxyAddress)?.port : undefined);
  if (port === ECK_PORTS.remoteClusterServer) return 'remote_cluster_server';
  if (port === ECK_PORTS.transport) return 'transport';
  return observation.tls?.result.kind === 'alert' ? 'transport' : null;
}

/** Every error text Elasticsearch gave about this alias, where a catalogue phrase may appear. */
export function errorTexts(observation: DoctorObservation): string[] {
  const resolution = observation.resolution?.ok ? observation.resolution.value.error : undefined;
  const privileges = observation.privileges?.ok ? observation.privileges.value : null;
  return [resolution, privileges?.resolveError, privileges?.searchError].filter((t): t is string => !!t);
}

export const mentions = (observation: DoctorObservation, phrase: string) =>
  errorTexts(observation).some((text) => text.includes(phrase));

const KEY_ID_PATTERNS = [
  /unable to authenticate user \[([^\]]+)\] for action/,
  /API key \[([^\]]+)\] has type \[/,
  /authenticated by API key id \[([^\]]+)\]/,
];

/** The key id Elasticsearch named in an error about this alias, if any. */
export function keyIdFromErrors(observation: DoctorObservation): string | null {
  for (const text of errorTexts(observation)) {
    for (const pattern of KEY_ID_PATTERNS) {
      const match = pattern.exec(text);
      if (match) return match[1];
    }
  }
  return null;
}

/**
 * The alias's key on the remote: the one an error names, else the one this plugin created for the
 * alias (by its metadata). `undefined` when there is no way to tell.
 */
export function aliasKey(observation: DoctorObservation): { id: string; key: DoctorApiKey | null } | undefined {
  const keys = observation.remote?.ok ? observation.remote.value.apiKeys : null;
  const named = keyIdFromErrors(observation);
  if (named) return { id: named, key: keys?.find((k) => k.id === named) ?? null };
  const clusterUuid = observation.local.ok ? observation.local.value.clusterUuid : null;
  const created = clusterUuid
    ? keys?.find((k) => !k.invalidated && isKeyFor(k.metadata, clusterUuid, observation.alias))
    : undefined;
  return created ? { id: created.id, key: created } : undefined;
}

/** Whether the alias is meant for the API key model: it has credentials, or dials the remote cluster server. */
export const usesApiKeyModel = (observation: DoctorObservation) =>
  localRemoteOf(observation)?.hasCredentials === true || proxyPortProfile(observation) === 'remote_cluster_server';
