import { crossClusterSearchCompatibility } from '../compatibility/cross_cluster_search_compatibility';
import { parseStackVersion, type StackVersion } from '../compatibility/stack_version';
import type {
  MissingKubernetesPermissions,
  Observed,
  ObservedEckCluster,
  ObservedLocalCluster,
  ObservedRemoteCluster,
} from './observation';
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

/**
 * Both versions, whether cross-cluster search works between them, the local cluster readable and
 * the user's `manage` on it: the same rules for both models. `localVersion` is null when unknown.
 */
export function versionAndPrivilegeChecks(
  local: Observed<ObservedLocalCluster>,
  remote: Observed<ObservedRemoteCluster>,
  eck: ObservedEckCluster,
): { problems: string[]; evidence: Evidence[]; localVersion: StackVersion | null; remoteVersion: StackVersion | null } {
  const { evidence: remoteVersionEvidence, version: remoteVersion } = remoteVersionOf(remote, eck);
  const evidence = [remoteVersionEvidence];
  if (!local.ok) {
    return {
      problems: [`The local cluster could not be read: ${local.error}`],
      evidence,
      localVersion: null,
      remoteVersion,
    };
  }
  const problems: string[] = [];
  evidence.push({ subject: 'local version', value: local.value.version, source: 'local_elasticsearch' });
  const localVersion = parseStackVersion(local.value.version);
  if (localVersion && remoteVersion) {
    const compatibility = crossClusterSearchCompatibility(localVersion, remoteVersion);
    if (!compatibility.supported) problems.push(compatibility.reason);
  }
  if (!local.value.canManage) problems.push(NO_MANAGE_PRIVILEGE);
  return { problems, evidence, localVersion, remoteVersion };
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
