import type {
  ApplyCertificateStepRequest,
  ApplyCertificateStepResponse,
  CertificatePlanResponse,
} from '../../common/api/certificate_connection';
import { certificatePlan } from '../../common/plan/certificate/certificate_plan';
import type { ObservedEckCluster } from '../../common/plan/observation';
import type { PlannedChange } from '../../common/plan/plan_types';
import { validateLocalCa } from '../certificates/validate_local_ca';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { withRemoteElasticsearch, type RemoteTarget } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { RouteServices } from '../routes/route_definition';
import { applyKubernetesChange } from './apply_kubernetes_change';
import { applyLocalRequest, ROLE_PATH } from './apply_local_request';
import { applyPlannedStep } from './apply_planned_step';
import { assertTransportNotPruned } from './assert_transport_not_pruned';
import { observeCertificateConnection } from './observe_certificate_connection';
import { remoteTargetOf } from './observe_eck_cluster';

type CertificateRequest = Omit<ApplyCertificateStepRequest, 'step'>;

/** The certificate plan from live state, with the ECK cluster as observed for it. */
async function observeAndPlan(
  services: RouteServices,
  request: CertificateRequest,
): Promise<{ eck: ObservedEckCluster; plan: CertificatePlanResponse }> {
  // The allow-list and the pasted CA are checked before anything is read or written.
  namespaceScopeForRequest(services.config.kubernetes.namespaces, request.target.namespace, 'target.namespace');
  const localCa = request.choices.localTransportCa ? validateLocalCa(request.choices.localTransportCa) : null;
  const target = { ...request.target, mode: 'certificate' as const };
  const observed = await observeCertificateConnection(services, target, request.choices, localCa);
  return { eck: observed.eck, plan: certificatePlan(target, request.choices, observed) };
}

/** The certificate plan from live state; a pasted CA is validated first, so bad input changes and reads nothing. */
export async function planCertificateConnection(
  services: RouteServices,
  request: CertificateRequest,
): Promise<CertificatePlanResponse> {
  return (await observeAndPlan(services, request)).plan;
}

async function applyChange(services: RouteServices, remoteTarget: RemoteTarget, change: PlannedChange) {
  const kubernetes = services.kubernetes();
  if (change.kind !== 'elasticsearch_request') {
    return applyKubernetesChange(kubernetes, change, assertTransportNotPruned);
  }
  if (change.cluster === 'remote' && change.path.startsWith(ROLE_PATH)) {
    return withRemoteElasticsearch(
      kubernetes,
      remoteTarget,
      { requestTimeoutMs: services.config.elasticsearch.requestTimeoutMs },
      (remote) => remote.putRole(change.path.slice(ROLE_PATH.length), change.body as object),
    );
  }
  if (change.cluster === 'local') return applyLocalRequest(services.localElasticsearch(), change);
}

/** Applies one step of the certificate plan; done and waiting steps change nothing. */
export async function applyCertificateStep(
  services: RouteServices,
  request: ApplyCertificateStepRequest,
): Promise<ApplyCertificateStepResponse> {
  const { step, ...connection } = request;
  // The ECK cluster as last observed: the role is written in the media type of the version it runs.
  let eck: ObservedEckCluster | undefined;
  const plan = async () => {
    const observed = await observeAndPlan(services, connection);
    eck = observed.eck;
    return observed.plan;
  };
  return applyPlannedStep(plan, step, (change) => applyChange(services, remoteTargetOf(eck!), change));
}
