import { eckServiceNames } from '../../eck/eck_names';
import { eckOperatorFeatures } from '../../compatibility/remote_cluster_features';
import { parseStackVersion } from '../../compatibility/stack_version';
import { elasticsearchMergePatch } from '../kubectl_commands';
import type { ObservedEckCluster } from '../observation';
import type { PlanStep } from '../plan_types';
import { blockedBy, kubernetesEvidence, step } from '../step_helpers';

const TITLE = 'Enable the remote cluster server';

/**
 * `spec.remoteClusterServer.enabled: true`, then wait until ECK has seen the change
 * (observedGeneration), finished the rolling restart (phase Ready) and created the Service.
 */
export function enableRemoteClusterServerStep(
  eck: ObservedEckCluster,
  preflight: PlanStep,
): PlanStep<'enable_remote_cluster_server'> {
  const id = 'enable_remote_cluster_server' as const;
  if (preflight.status !== 'done') return blockedBy(id, TITLE, preflight);
  const serviceName = eckServiceNames(eck.name).remoteCluster;
  const serviceExists = eck.services.some((service) => service.name === serviceName);
  const evidence = [
    kubernetesEvidence('spec.remoteClusterServer.enabled', eck.remoteClusterServer.enabled),
    kubernetesEvidence(
      'metadata.generation / status.observedGeneration',
      `${eck.generation} / ${eck.observedGeneration ?? 'none'}`,
    ),
    kubernetesEvidence('status.phase', eck.phase ?? 'none'),
    kubernetesEvidence(`Service ${serviceName}`, serviceExists ? 'exists' : 'absent'),
  ];

  const operatorVersion = parseStackVersion(eck.operatorVersion);
  if (operatorVersion && !eckOperatorFeatures(operatorVersion).remoteClusterServer) {
    return step(
      id,
      TITLE,
      'blocked',
      `The ECK operator (${eck.operatorVersion ?? 'unknown version'}) has no remote cluster server: it needs ECK 2.16 or later. Upgrade the operator.`,
      { evidence },
    );
  }
  if (!eck.remoteClusterServer.enabled) {
    const patch = { spec: { remoteClusterServer: { enabled: true } } };
    return step(id, TITLE, 'ready', 'The remote cluster server is off.', {
      evidence,
      changes: [elasticsearchMergePatch(eck, patch)],
      warnings: [
        `ECK restarts every node of ${eck.namespace}/${eck.name}, one at a time, to turn on the remote cluster server (port 9443).`,
      ],
    });
  }
  if (eck.observedGeneration === null || eck.observedGeneration < eck.generation) {
    return step(id, TITLE, 'waiting', 'Waiting for ECK to pick up the change.', {
      evidence,
      waitingFor: 'ECK to pick up the change',
    });
  }
  if (eck.phase !== 'Ready') {
    return step(
      id,
      TITLE,
      'waiting',
      `Waiting for ECK's rolling restart to finish (phase ${eck.phase ?? 'unknown'}).`,
      { evidence, waitingFor: "ECK's rolling restart" },
    );
  }
  if (!serviceExists) {
    return step(id, TITLE, 'waiting', `Waiting for ECK to create the Service ${serviceName}.`, {
      evidence,
      waitingFor: `the Service ${serviceName}`,
    });
  }
  return step(id, TITLE, 'done', 'The remote cluster server is on.', { evidence });
}
