import type { DoctorObservation } from './doctor_observation';
import type { Diagnosis } from './hop_types';
import { eckResourceHop, exposureHop, kubernetesHop, remoteClusterServerHop } from './kubernetes_hops';
import { credentialsHop, localTrustHop, portHop } from './local_node_hops';
import { tcpHop, tlsHop } from './network_hops';
import { apiKeyHop, connectedHop, privilegesHop, versionsHop } from './remote_hops';

/**
 * The hop-by-hop diagnosis of one alias, from observed state only. Every hop is evaluated, whatever
 * the others say: a failure early in the path does not hide the ones after it.
 */
export function diagnose(observation: DoctorObservation): Diagnosis {
  const { eck } = observation;
  return {
    alias: observation.alias,
    eck: eck ? { namespace: eck.namespace, name: eck.name, identifiedBy: eck.identifiedBy } : null,
    hops: [
      kubernetesHop(observation),
      eckResourceHop(observation),
      remoteClusterServerHop(observation),
      exposureHop(observation),
      tcpHop(observation),
      tlsHop(observation),
      localTrustHop(observation),
      portHop(observation),
      credentialsHop(observation),
      apiKeyHop(observation),
      connectedHop(observation),
      versionsHop(observation),
      privilegesHop(observation),
    ],
  };
}
