import type { EckClusterSummary } from '../types/eck_cluster';
import type { LocalClusterInfo } from '../types/local_cluster';
import { crossClusterSearchCompatibility } from './cross_cluster_search_compatibility';
import { apiKeyModelSupport, eckOperatorFeatures, licenceAllowsApiKeyModel } from './remote_cluster_features';
import { compareVersions, parseStackVersion, type StackVersion } from './stack_version';

export type ModelQualification = { available: true; warning?: string } | { available: false; reason: string };

export interface EckClusterQualification {
  /** False when neither security model can connect it: `reasons` say why. */
  canConnect: boolean;
  reasons: string[];
  apiKey: ModelQualification;
  certificate: ModelQualification;
  /** What does not stop a connection but is worth knowing first (health, a reconciliation in progress). */
  warnings: string[];
  /** Local aliases that already point at this cluster. */
  connectedAs: string[];
}

export interface QualificationInput {
  /** `null` while the local cluster is unknown (loading or failed): only the ECK side is judged. */
  local: Pick<LocalClusterInfo, 'version' | 'license'> | null;
  cluster: Pick<EckClusterSummary, 'version' | 'runningVersion' | 'phase' | 'health' | 'operatorVersion'>;
  connectedAs: string[];
}

/** The lowest version the cluster runs or is being moved to: during an upgrade both must qualify. */
function lowestVersion(cluster: QualificationInput['cluster']): StackVersion | null {
  const versions = [cluster.runningVersion, cluster.version]
    .map(parseStackVersion)
    .filter((v): v is StackVersion => v !== null);
  return versions.sort(compareVersions)[0] ?? null;
}

function apiKeyQualification(
  local: QualificationInput['local'],
  remote: StackVersion,
  operator: StackVersion | null,
): ModelQualification {
  const localVersion = local && parseStackVersion(local.version);
  const supports = [localVersion && apiKeyModelSupport(localVersion, 'local'), apiKeyModelSupport(remote, 'remote')];
  const unsupported = supports.find((s) => s?.level === 'unsupported');
  if (unsupported?.level === 'unsupported') return { available: false, reason: unsupported.reason };
  if (local && !licenceAllowsApiKeyModel(local.license.type)) {
    return {
      available: false,
      reason: `The local cluster's licence is ${local.license.type}: the API key model needs Enterprise on both clusters.`,
    };
  }
  // ECK 3.x records no operator version: unknown is not a refusal, the plan probes the CRD.
  if (operator && !eckOperatorFeatures(operator).remoteClusterServer) {
    return {
      available: false,
      reason: `The ECK operator (${operator.major}.${operator.minor}) has no remote cluster server: upgrade ECK to 2.16 or later.`,
    };
  }
  const preview = supports.find((s) => s?.level === 'preview');
  const notes = [
    preview?.level === 'preview' ? preview.warning : null,
    operator && !eckOperatorFeatures(operator).remoteClusterServerService
      ? `ECK ${operator.major}.${operator.minor} cannot expose the remote cluster server itself (3.3 can): the plan creates a Service for port 9443.`
      : null,
    "The ECK cluster's licence (Enterprise needed) is checked when you connect.",
  ];
  return { available: true, warning: notes.filter((note) => note !== null).join(' ') };
}

/**
 * Whether an ECK cluster can be connected to the local cluster, and with which security model, from
 * what the overview already has: both versions, the local licence, the operator version and ECK's
 * phase. The ECK cluster's own licence needs its REST API, so the plan checks it.
 */
export function qualifyEckCluster({ local, cluster, connectedAs }: QualificationInput): EckClusterQualification {
  const warnings: string[] = [];
  if (!local) warnings.push('The local cluster is not known yet: the versions are compared once it answers.');
  if (cluster.health === 'red') warnings.push('The cluster health is red: some searches will fail until it recovers.');
  if (cluster.phase && cluster.phase !== 'Ready' && cluster.phase !== 'Invalid') {
    warnings.push(`ECK reports the phase ${cluster.phase}: steps that change the cluster wait until it is Ready.`);
  }
  const blocked = (reason: string): EckClusterQualification => ({
    canConnect: false,
    reasons: [reason],
    apiKey: { available: false, reason },
    certificate: { available: false, reason },
    warnings,
    connectedAs,
  });

  if (cluster.phase === 'Invalid') {
    return blocked('ECK marks the Elasticsearch resource Invalid: fix its spec (kubectl describe shows why) first.');
  }
  const remote = lowestVersion(cluster);
  if (!remote) return blocked('ECK reports no Elasticsearch version for this cluster yet.');
  const localVersion = local && parseStackVersion(local.version);
  if (localVersion) {
    const compatibility = crossClusterSearchCompatibility(localVersion, remote);
    if (!compatibility.supported) return blocked(compatibility.reason);
  }

  const apiKey = apiKeyQualification(local, remote, parseStackVersion(cluster.operatorVersion));
  return {
    canConnect: true,
    reasons: [],
    apiKey,
    certificate: { available: true, warning: 'The certificate model is deprecated since 9.0.' },
    warnings,
    connectedAs,
  };
}
