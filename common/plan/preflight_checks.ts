import { parseStackVersion, type StackVersion } from '../compatibility/stack_version';
import type { MissingKubernetesPermissions, Observed, ObservedEckCluster, ObservedRemoteCluster } from './observation';
import type { Evidence } from './plan_types';

/** The checks both security models' preflights share, each a reason in plain words. */
export const NO_MANAGE_PRIVILEGE =
  'Your user lacks the cluster privilege manage on the local cluster, which configuring a remote cluster needs.';

/** The ECK cluster's version: from its REST API, else from the resource (running, then asked for). */
export function remoteVersionOf(
  remote: Observed<ObservedRemoteCluster>,
  eck: ObservedEckCluster,
): { evidence: Evidence; version: StackVersion | null } {
  const text = remote.ok ? remote.value.version : (eck.runningVersion ?? eck.specVersion);
  return {
    evidence: {
      subject: 'remote version',
      value: text ?? 'unknown',
      source: remote.ok ? 'remote_elasticsearch' : 'kubernetes',
    },
    version: parseStackVersion(text),
  };
}

/** An Invalid resource, and Kubernetes permissions the plugin lacks. */
export function kubernetesProblems(eck: ObservedEckCluster, missing: MissingKubernetesPermissions): string[] {
  return [
    ...(eck.phase === 'Invalid'
      ? [
          `ECK reports ${eck.namespace}/${eck.name} as Invalid: fix the resource first (kubectl describe elasticsearch).`,
        ]
      : []),
    ...(missing.length > 0
      ? [
          `The plugin lacks Kubernetes permissions: ${missing.join(', ')}. Apply deploy/kubernetes/cluster-role.yaml (or role.yaml) to its identity.`,
        ]
      : []),
  ];
}
