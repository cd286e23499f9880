import type {
  ApplyCertificateStepRequest,
  ApplyCertificateStepResponse,
  CertificatePlanResponse,
} from '../../common/api/certificate_connection';
import { certificatePlan } from '../../common/plan/certificate/certificate_plan';
import type { PlannedChange } from '../../common/plan/plan_types';
import { validateLocalCa } from '../certificates/validate_local_ca';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { withRemoteElasticsearch } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { RouteServices } from '../routes/route_definition';
import { applyKubernetesChange } from './apply_kubernetes_change';
import { applyPlannedStep } from './apply_planned_step';
import { assertTransportNotPruned } from './assert_transport_not_pruned';
import { observeCertificateConnection } from './observe_certificate_connection';

type CertificateRequest = Omit<ApplyCertificateStepRequest, 'step'>;

/** The certificate plan from live state; a pasted CA is validated first, so bad input changes and reads nothing. */
export async function planCertificateConnection(
  services: RouteServices,
  request: CertificateRequest,
): Promise<CertificatePlanResponse> {
  // The allow-list and the pasted CA are checked before anything is read or written.
  namespaceScopeForRequest(services.config.kubernetes.namespaces, request.target.namespace, 'target.namespace');
  const localCa = request.choices.localTransportCa ? validateLocalCa(request.choices.localTransportCa) : null;
  const target = { ...request.target, mode: 'certificate' as const };
  return certificatePlan(
    target,
    request.choices,
    await observeCertificateConnection(services, target, request.choices, localCa),
  );
}

async function applyChange(services: RouteServices, request: CertificateRequest, change: PlannedChange) {
  const kubernetes = services.kubernetes();
  if (change.kind !== 'elasticsearch_request') {
    return applyKubernetesChange(kubernetes, change, assertTransportNotPruned);
  }
  const rolePath = '/_security/role/';
  if (change.cluster === 'remote' && change.path.startsWith(rolePath)) {
    const { namespace, name } = request.target;
    return withRemoteElasticsearch(
      kubernetes,
      { namespace, name, version: null },
      { requestTimeoutMs: services.config.elasticsearch.requestTimeoutMs },
      (remote) => remote.putRole(change.path.slice(rolePath.length), change.body as object),
    );
  }
  const local = services.localElasticsearch();
  if (change.cluster === 'local' && change.path === '/_cluster/settings') {
    return local.putClusterSettings(change.body as object);
  }
  if (change.cluster === 'local' && change.path.startsWith(rolePath)) {
    return local.putRole(change.path.slice(rolePath.length), change.body as object);
  }
  // Read-only checks (`_resolve/cluster`) are part of observing; the new plan runs them.
}

/** Applies one step of the certificate plan; done and waiting steps change nothing. */
export async function applyCertificateStep(
  services: RouteServices,
  request: ApplyCertificateStepRequest,
): Promise<ApplyCertificateStepResponse> {
  const { step, ...connection } = request;
  const plan = () => planCertificateConnection(services, connection);
  return applyPlannedStep(plan, step, (change) => applyChange(services, connection, change));
}
