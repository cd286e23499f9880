import {
  apiKeyModelSupport,
  eckOperatorFeatures,
  licenceAllowsApiKeyModel,
} from '../../compatibility/remote_cluster_features';
import { parseStackVersion } from '../../compatibility/stack_version';
import type {
  MissingKubernetesPermissions,
  Observed,
  ObservedEckCluster,
  ObservedLocalCluster,
  ObservedRemoteCluster,
} from '../observation';
import type { PlanStep } from '../plan_types';
import { kubernetesProblems, versionAndPrivilegeChecks } from '../preflight_checks';
import { step } from '../step_helpers';

const TITLE = 'Check the prerequisites';

export interface PreflightInput {
  local: Observed<ObservedLocalCluster>;
  remote: Observed<ObservedRemoteCluster>;
  eck: ObservedEckCluster;
  missingKubernetesPermissions: MissingKubernetesPermissions;
}

/**
 * Everything that must hold before anything changes, each failure with its reason and fix:
 * versions (8.14, or 8.10 as beta), cross-cluster search compatibility, Enterprise licences on
 * both sides, an ECK operator with the remote cluster server, the user's `manage` privilege and
 * the plugin's Kubernetes permissions.
 */
export function apiKeyPreflightStep(input: PreflightInput): PlanStep<'preflight'> {
  const { local, remote, eck } = input;
  const { problems, evidence, localVersion, remoteVersion } = versionAndPrivilegeChecks(local, remote, eck);
  const warnings: string[] = [];

  if (local.ok) {
    evidence.push({ subject: 'local licence', value: local.value.licenseType, source: 'local_elasticsearch' });
    if (localVersion) {
      const support = apiKeyModelSupport(localVersion, 'local');
      if (support.level === 'unsupported') problems.push(support.reason);
      if (support.level === 'preview') warnings.push(support.warning);
    }
    if (!licenceAllowsApiKeyModel(local.value.licenseType)) {
      problems.push(
        `The local cluster's licence is ${local.value.licenseType}: the API key model needs Enterprise on both clusters. Use the certificate model, or upgrade the licence.`,
      );
    }
  }

  if (remoteVersion) {
    const support = apiKeyModelSupport(remoteVersion, 'remote');
    if (support.level === 'unsupported') problems.push(support.reason);
    if (support.level === 'preview') warnings.push(support.warning);
  }
  if (remote.ok) {
    evidence.push({ subject: 'remote licence', value: remote.value.licenseType, source: 'remote_elasticsearch' });
    if (!licenceAllowsApiKeyModel(remote.value.licenseType)) {
      problems.push(
        `The ECK cluster's licence is ${remote.value.licenseType}: the API key model needs Enterprise on both clusters (ECK's Enterprise licence applies it).`,
      );
    }
  } else {
    warnings.push(`The ECK cluster's licence could not be checked yet: ${remote.error}`);
  }

  if (eck.operatorVersion)
    evidence.push({ subject: 'ECK operator version', value: eck.operatorVersion, source: 'kubernetes' });
  const operatorVersion = parseStackVersion(eck.operatorVersion);
  // Unknown (ECK 3.x records no version) is not a failure: a CRD without the field is caught when applying.
  if (operatorVersion && !eckOperatorFeatures(operatorVersion).remoteClusterServer) {
    problems.push(
      `The ECK operator (${eck.operatorVersion ?? 'unknown version'}) has no remote cluster server: upgrade ECK to 2.16 or later.`,
    );
  }
  problems.push(...kubernetesProblems(eck, input.missingKubernetesPermissions));

  return problems.length > 0
    ? step('preflight', TITLE, 'blocked', problems.join(' '), { evidence, warnings })
    : step('preflight', TITLE, 'done', 'Both clusters qualify for the API key model.', { evidence, warnings });
}
