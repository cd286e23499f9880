import type {
  MissingKubernetesPermissions,
  Observed,
  ObservedCrossClusterKey,
  ObservedEckCluster,
  ObservedRemoteCluster,
} from '../observation';
import type { LocalSideObservation } from '../local_side_observation';
import type { ConnectionPlan, ConnectionTarget } from '../plan_types';
import { addCredentialsStep } from './add_credentials_step';
import { credentialsOrder } from './certificate_migration';
import type { ApiKeyStepId, RemoteClusterServerExposure } from './api_key_steps';
import { configureRemoteStep, remoteClusterServerName, type RemoteConnectionOptions } from './configure_remote_step';
import { createApiKeyStep } from './create_api_key_step';
import { createLocalRoleStep } from './create_local_role_step';
import type { CrossClusterAccess } from './cross_cluster_api_key';
import { enableRemoteClusterServerStep } from './enable_remote_cluster_server_step';
import { exposeRemoteClusterServerStep } from './expose_remote_cluster_server_step';
import { apiKeyPreflightStep } from './preflight_step';
import { retrieveCaStep } from './retrieve_ca_step';
import { testSearchExpression, type TestSearchOutcome } from './test_search';
import { trustCaStep } from './trust_ca_step';
import { verifyStep } from './verify_step';

/** What the admin chose in the flow; sent with every request, since the server remembers nothing. */
export interface ApiKeyConnectionChoices extends RemoteConnectionOptions {
  exposure: RemoteClusterServerExposure;
  access: CrossClusterAccess;
  expiration?: string;
}

/** Everything observed for one connection, gathered by the server's gateways. */
export interface ApiKeyObservation extends LocalSideObservation {
  eck: ObservedEckCluster;
  remote: Observed<ObservedRemoteCluster>;
  remoteKeys: Observed<ObservedCrossClusterKey[]>;
  missingKubernetesPermissions: MissingKubernetesPermissions;
  /** The size-0 search on `testSearchExpression`, once the alias connects; absent when none was run. */
  testSearch?: Observed<TestSearchOutcome> | null;
}

/** The API key model's plan, from observed state only: any Kibana instance computes the same plan. */
export function apiKeyPlan(
  target: ConnectionTarget,
  choices: ApiKeyConnectionChoices,
  observed: ApiKeyObservation,
): ConnectionPlan<ApiKeyStepId> {
  const { eck } = observed;
  const preflight = apiKeyPreflightStep({
    local: observed.local,
    remote: observed.remote,
    eck,
    missingKubernetesPermissions: observed.missingKubernetesPermissions,
  });
  const enable = enableRemoteClusterServerStep(eck, preflight);
  const exposure = exposeRemoteClusterServerStep(eck, choices.exposure, enable);
  const ca = retrieveCaStep(eck);
  const localClusterUuid = observed.local.ok ? observed.local.value.clusterUuid : '';
  const key = createApiKeyStep({
    eck,
    alias: target.alias,
    localClusterUuid,
    access: choices.access,
    expiration: choices.expiration,
    remoteKeys: observed.remoteKeys,
    preflight,
  });
  // A certificate-model alias of the same name is migrated in the order that keeps it working longest.
  const { order } = credentialsOrder(observed.localRemote, exposure.proxyAddress);
  const migrating = order === 'reload_with_switch';
  const trust = trustCaStep({
    eck,
    nodes: observed.localNodes,
    trusted: observed.trustedCertificates,
    caStep: ca,
    ownFileOnly: migrating,
  });
  const credentials = addCredentialsStep({
    alias: target.alias,
    nodes: observed.localNodes,
    localRemote: observed.localRemote,
    keyStep: key,
    order,
    trustStep: trust,
  });
  const configure = configureRemoteStep({
    target,
    proxyAddress: exposure.proxyAddress,
    options: choices,
    localRemote: observed.localRemote,
    exposeStep: exposure.step,
    ...(migrating ? { reloadWithSwitch: { after: [key, trust] } } : {}),
  });
  const role = createLocalRoleStep({
    alias: target.alias,
    access: choices.access,
    roleExists: observed.localRoleExists,
    canManageSecurity: observed.local.ok && observed.local.value.canManageSecurity,
    configureStep: configure,
  });
  const verify = verifyStep({
    alias: target.alias,
    localRemote: observed.localRemote,
    resolution: observed.resolution,
    configureStep: configure,
    prerequisites: [credentials, trust],
    expectedServerName: remoteClusterServerName(target),
    ...testSearchOf(target.alias, choices.access, observed.testSearch),
  });
  return { target, steps: [preflight, enable, exposure.step, ca, key, credentials, trust, configure, role, verify] };
}

function testSearchOf(alias: string, access: CrossClusterAccess, result: ApiKeyObservation['testSearch']) {
  const expression = testSearchExpression(alias, access);
  return expression ? { testSearch: { expression, result: result ?? null } } : {};
}
