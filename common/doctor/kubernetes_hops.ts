import { eckServiceNames } from '../eck/eck_names';
import {
  eckResourceOf,
  eckServerNames,
  externalAddresses,
  localRemoteOf,
  matchingExternalAddress,
  proxyPortProfile,
} from './alias_facts';
import type { DoctorObservation } from './doctor_observation';
import { evidence, failed, ok, unknown } from './hop_builder';
import type { Hop, HopId } from './hop_types';

const k8s = (subject: string, value: unknown) => evidence(subject, value, 'kubernetes');

const NOT_ECK =
  'Not an ECK remote: no ECK cluster was named, and neither the server name nor the proxy address belongs to one the plugin can see.';

/** Why a Kubernetes hop cannot be evaluated, or `null` when the ECK resource was read. */
function notEvaluable(observation: DoctorObservation, id: HopId): Hop | null {
  const { eck } = observation;
  if (!eck) return unknown(id, NOT_ECK);
  if (!eck.resource.ok) return unknown(id, `The ECK resource could not be read: ${eck.resource.error}`);
  if (eck.resource.value === null) return unknown(id, `There is no ECK cluster ${eck.namespace}/${eck.name}.`);
  return null;
}

export function kubernetesHop(observation: DoctorObservation): Hop {
  const { kubernetes, eck } = observation;
  if (kubernetes.ok) return ok('kubernetes', 'The Kubernetes API answered every read the doctor made.');
  if (!eck) return unknown('kubernetes', `${NOT_ECK} Kubernetes could not be read: ${kubernetes.error}`);
  return failed(
    'kubernetes',
    `Kubernetes could not be read: ${kubernetes.error}`,
    [k8s('Kubernetes API', kubernetes.error)],
    'kubernetes_unavailable',
  );
}

export function eckResourceHop(observation: DoctorObservation): Hop {
  const { eck } = observation;
  if (!eck) return unknown('eck_resource', NOT_ECK);
  if (!eck.resource.ok) return unknown('eck_resource', `The ECK resource could not be read: ${eck.resource.error}`);
  const resource = eck.resource.value;
  if (!resource) {
    return failed(
      'eck_resource',
      `There is no Elasticsearch resource ${eck.namespace}/${eck.name}.`,
      [k8s(`elasticsearch ${eck.namespace}/${eck.name}`, 'not found')],
      'eck_cluster_not_found',
    );
  }
  const facts = [
    k8s('status.phase', resource.phase ?? 'none'),
    k8s('status.health', resource.health ?? 'none'),
    k8s(
      'metadata.generation / status.observedGeneration',
      `${resource.generation} / ${resource.observedGeneration ?? 'none'}`,
    ),
  ];
  const notReady = resource.phase !== 'Ready' || resource.health === 'red';
  const behind = resource.observedGeneration === null || resource.observedGeneration < resource.generation;
  if (!notReady && !behind) {
    return ok(
      'eck_resource',
      `${eck.namespace}/${eck.name} is Ready (${resource.health ?? 'health unknown'}) and ECK has seen its latest change.`,
      facts,
    );
  }
  const reasons = [
    ...(notReady ? [`phase ${resource.phase ?? 'none'}, health ${resource.health ?? 'none'}`] : []),
    ...(behind ? [`ECK observed generation ${resource.observedGeneration ?? 'none'} of ${resource.generation}`] : []),
  ];
  return failed(
    'eck_resource',
    `${eck.namespace}/${eck.name}: ${reasons.join('; ')}.`,
    facts,
    ...(notReady ? (['eck_cluster_not_ready'] as const) : []),
    ...(behind ? (['eck_changes_not_observed'] as const) : []),
  );
}

export function remoteClusterServerHop(observation: DoctorObservation): Hop {
  const blocked = notEvaluable(observation, 'remote_cluster_server');
  if (blocked) return blocked;
  const resource = eckResourceOf(observation)!;
  const { name } = observation.eck!;
  const serviceName = eckServiceNames(name).remoteCluster;
  const certificateModel =
    localRemoteOf(observation)?.hasCredentials === false && proxyPortProfile(observation) === 'transport';
  const facts = [k8s('spec.remoteClusterServer.enabled', resource.remoteClusterServerEnabled)];
  if (!resource.remoteClusterServerEnabled) {
    if (certificateModel) {
      return unknown(
        'remote_cluster_server',
        'Off, and not needed: the alias uses the certificate model on the transport port.',
        facts,
      );
    }
    return failed(
      'remote_cluster_server',
      'spec.remoteClusterServer.enabled is not true.',
      facts,
      'remote_cluster_server_disabled',
    );
  }
  const service = resource.services.find((s) => s.name === serviceName);
  facts.push(k8s(`Service ${serviceName}`, service ? service.type : 'missing'));
  if (!service) {
    return failed(
      'remote_cluster_server',
      `Enabled, but the Service ${serviceName} does not exist.`,
      facts,
      'remote_cluster_service_missing',
    );
  }
  return ok('remote_cluster_server', `Enabled, with the Service ${serviceName}.`, facts);
}

export function exposureHop(observation: DoctorObservation): Hop {
  const blocked = notEvaluable(observation, 'exposure');
  if (blocked) return blocked;
  const resource = eckResourceOf(observation)!;
  const eck = observation.eck!;
  const remote = localRemoteOf(observation);
  const addresses = externalAddresses(resource).filter((a) => a.targetPort !== null);
  const listed = addresses.map((a) => `${a.host}:${a.port} → ${a.targetPort} (${a.serviceName})`);
  const facts = [k8s('addresses outside Kubernetes', listed.length > 0 ? listed.join(', ') : 'none')];
  if (remote?.mode === 'sniff') {
    return failed(
      'exposure',
      `The alias is in sniff mode (seeds ${remote.seeds.join(', ') || 'none'}): the ECK nodes publish addresses only Kubernetes resolves.`,
      facts,
      'sniff_mode_with_eck',
    );
  }
  const connected = observation.resolution?.ok === true && observation.resolution.value.connected;
  if (addresses.length === 0) {
    if (connected)
      return ok(
        'exposure',
        `No Service lists an external address, but the alias connects through ${remote?.proxyAddress}.`,
        facts,
      );
    return failed(
      'exposure',
      'No Service of the cluster has an address outside Kubernetes.',
      facts,
      'exposure_address_missing',
    );
  }
  if (!remote?.proxyAddress || matchingExternalAddress(observation)) {
    return ok('exposure', `Exposed at ${listed.join(', ')}.`, facts);
  }
  const names = eckServerNames(eck.namespace, eck.name);
  const serverNameIsThisCluster =
    remote.serverName === names.remoteClusterServer || remote.serverName === names.transport;
  if (eck.identifiedBy === 'request' && !serverNameIsThisCluster) {
    return failed(
      'exposure',
      `The alias dials ${remote.proxyAddress} with server name ${remote.serverName ?? '(none)'}, which is not ${eck.namespace}/${eck.name}.`,
      [...facts, evidence('proxy_address', remote.proxyAddress, 'local_elasticsearch')],
      'proxy_address_not_this_cluster',
    );
  }
  return ok(
    'exposure',
    `Exposed at ${listed.join(', ')}; the alias dials ${remote.proxyAddress}, which Kubernetes does not list (a DNS name or a route of your own).`,
    facts,
  );
}
