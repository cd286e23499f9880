import type { V1ConfigMap } from '@kubernetes/client-node';
import type {
  CertificateConnectionChoices,
  CertificateObservation,
  LocalCaCertificate,
  ObservedCaConfigMap,
  ObservedEckTransport,
} from '../../common/plan/certificate/certificate_observation';
import { certificateRoleName } from '../../common/plan/certificate/certificate_roles';
import { caConfigMapName } from '../../common/plan/certificate/trust_local_ca_step';
import type { ConnectionTarget } from '../../common/plan/plan_types';
import { summarizePemBundle } from '../certificates/summarize_pem_bundle';
import { withRemoteElasticsearch } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { ElasticsearchResource } from '../gateways/kubernetes/eck_resource';
import type { RouteServices } from '../routes/route_definition';
import { observeEckResource, observeServiceTemplate, remoteTargetOf } from './observe_eck_cluster';
import { observeLocalSide } from './observe_local_side';
import { CERTIFICATE_FLOW_PERMISSIONS, describePermission } from './required_permissions';
import { observe } from './observed';

function observeTransport(resource: ElasticsearchResource): ObservedEckTransport {
  return {
    configMapName: resource.spec?.transport?.tls?.certificateAuthorities?.configMapName ?? null,
    service: observeServiceTemplate(resource.spec?.transport?.service),
  };
}

function observeConfigMap(configMap: V1ConfigMap): ObservedCaConfigMap {
  const caCrt = configMap.data?.['ca.crt'] ?? null;
  let certificates: ObservedCaConfigMap['certificates'] = [];
  try {
    certificates = caCrt ? summarizePemBundle(caCrt) : [];
  } catch {
    // An unparseable ConfigMap is the admin's; the plan adds to it and ECK reports what it makes of it.
  }
  return {
    name: configMap.metadata?.name ?? '',
    resourceVersion: configMap.metadata?.resourceVersion ?? null,
    caCrt,
    certificates,
  };
}

/**
 * Reads everything the certificate plan depends on, in parallel: Kubernetes (the resource's
 * `spec.transport`, its Services and public CA, the CA ConfigMap), the local cluster as the current
 * user, and the ECK cluster through one port-forward (its version, and whether the role exists).
 * `localCa` was validated by the route before anything is read.
 */
export async function observeCertificateConnection(
  services: RouteServices,
  target: ConnectionTarget,
  choices: Pick<CertificateConnectionChoices, 'configMapName' | 'roleName'>,
  localCa: LocalCaCertificate | null,
): Promise<CertificateObservation> {
  const kubernetes = services.kubernetes();
  const { eck, resource } = await observeEckResource(kubernetes, target.namespace, target.name);
  const transport = observeTransport(resource);
  const roleName = choices.roleName ?? certificateRoleName(target.alias);
  const configMapName = caConfigMapName(eck, transport, choices.configMapName);

  const [localSide, configMap, remote, access] = await Promise.all([
    observeLocalSide(services, target.alias, roleName),
    observe(() => kubernetes.getConfigMap(target.namespace, configMapName)),
    observe(() =>
      withRemoteElasticsearch(
        kubernetes,
        remoteTargetOf(eck),
        { requestTimeoutMs: services.config.elasticsearch.requestTimeoutMs },
        async (gateway) => ({ cluster: await gateway.observe(), roleExists: await gateway.roleExists(roleName) }),
      ),
    ),
    observe(() => kubernetes.reviewAccess(target.namespace, CERTIFICATE_FLOW_PERMISSIONS)),
  ]);

  return {
    ...localSide,
    eck,
    eckTransport: transport,
    // Unreadable (a missing permission, which the preflight names) reads as absent: creating it then conflicts harmlessly.
    caConfigMap: configMap.ok && configMap.value ? observeConfigMap(configMap.value) : null,
    localCa,
    remote: remote.ok ? { ok: true, value: remote.value.cluster } : remote,
    remoteRoleExists: remote.ok ? { ok: true, value: remote.value.roleExists } : remote,
    missingKubernetesPermissions: access.ok
      ? CERTIFICATE_FLOW_PERMISSIONS.filter((_, i) => !access.value[i]).map(describePermission)
      : [],
  };
}
