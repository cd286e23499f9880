import type { CertificatePlanResponse } from '../../api/certificate_connection';
import { verifyStep } from '../api_key/verify_step';
import type { ConnectionTarget } from '../plan_types';
import { certificateRoleName } from './certificate_roles';
import type { CertificateConnectionChoices, CertificateObservation } from './certificate_observation';
import { configureCertificateRemoteStep, transportServerNameFor } from './configure_remote_step';
import { createCertificateLocalRoleStep } from './create_local_role_step';
import { createRemoteRoleStep } from './create_remote_role_step';
import { exposeTransportStep } from './expose_transport_step';
import { localTransportTls } from './local_transport_tls';
import { certificatePreflightStep } from './preflight_step';
import { trustEckCaStep } from './trust_eck_ca_step';
import { trustLocalCaStep } from './trust_local_ca_step';

/** The certificate model's plan, from observed state only: any Kibana instance computes the same plan. */
export function certificatePlan(
  target: ConnectionTarget,
  choices: CertificateConnectionChoices,
  observed: CertificateObservation,
): CertificatePlanResponse {
  const { eck } = observed;
  const { truststorePath, ...tls } = localTransportTls(observed.trustedCertificates, {
    style: choices.localTransportTls,
    verificationMode: choices.localVerificationMode,
  });
  const { step: preflight, apiKeyModel } = certificatePreflightStep({
    local: observed.local,
    remote: observed.remote,
    eck,
    missingKubernetesPermissions: observed.missingKubernetesPermissions,
    transportTls: tls,
  });
  const trustEckCa = trustEckCaStep({
    eck,
    nodes: observed.localNodes,
    trusted: observed.trustedCertificates,
    tls: { ...tls, truststorePath },
    preflight,
  });
  const trustLocalCa = trustLocalCaStep({
    eck,
    transport: observed.eckTransport,
    configMap: observed.caConfigMap,
    localCa: observed.localCa,
    chosenConfigMapName: choices.configMapName,
    trusted: observed.trustedCertificates,
    preflight,
  });
  const exposure = exposeTransportStep(eck, observed.eckTransport, choices.exposure, preflight);
  const configure = configureCertificateRemoteStep({
    target,
    proxyAddress: exposure.proxyAddress,
    options: choices,
    localRemote: observed.localRemote,
    exposeStep: exposure.step,
    verificationMode: tls.verificationMode,
  });
  const roleName = choices.roleName ?? certificateRoleName(target.alias);
  const canManageSecurity = observed.local.ok && observed.local.value.canManageSecurity;
  const remoteRole = createRemoteRoleStep({
    alias: target.alias,
    roleName,
    access: choices.access,
    namespace: target.namespace,
    name: target.name,
    roleExists: observed.remoteRoleExists,
    canManageSecurity,
    preflight,
  });
  const localRole = createCertificateLocalRoleStep({
    alias: target.alias,
    roleName,
    access: choices.access,
    roleExists: observed.localRoleExists,
    canManageSecurity,
    preflight,
  });
  const serverName = transportServerNameFor(target, tls.verificationMode);
  const verify = verifyStep({
    alias: target.alias,
    localRemote: observed.localRemote,
    resolution: observed.resolution,
    configureStep: configure,
    prerequisites: [trustEckCa, trustLocalCa],
    ...(serverName ? { expectedServerName: serverName } : {}),
    securityModel: 'certificate',
  });
  return {
    target,
    steps: [preflight, trustEckCa, trustLocalCa, exposure.step, configure, remoteRole, localRole, verify],
    deprecated: true,
    apiKeyModel,
    localTransportTls: tls,
    roleName,
  };
}
