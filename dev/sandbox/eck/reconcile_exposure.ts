import type { V1LoadBalancerStatus } from '@kubernetes/client-node';
import type { KubeObject } from '../kubernetes/object_store';
import { splitPemCertificates } from '../tls/pem';
import type { TransportState } from './cluster_runtime';
import { plannedEndpoints, type EndpointPlan } from './exposed_endpoints';
import type { ListenerSpec } from './endpoint_listeners';
import { KUBE } from './kube_types';
import type { ReconcileContext } from './reconcile_context';
import { observedPods } from './reconcile_nodes';

/** A Service as it will look once the load balancer controller writes the IP it has decided on. */
function withPendingIngress(service: KubeObject, pending: ReadonlyMap<string, string>): KubeObject {
  const ip = pending.get(service.metadata.uid ?? '');
  const status = service.status as { loadBalancer?: V1LoadBalancerStatus } | undefined;
  if (!ip || status?.loadBalancer?.ingress?.length) return service;
  return { ...service, status: { ...status, loadBalancer: { ingress: [{ ip }] } } };
}

function listenerSpec(context: ReconcileContext, transport: TransportState, plan: EndpointPlan): ListenerSpec[] {
  const { runtime, es } = context;
  const certificate = transport.podCertificates.get(plan.pod);
  if (!certificate || !runtime.elasticsearch) return [];
  const host = plan.host ?? runtime.nodeAddress(plan.nodePortKey ?? plan.serviceName);
  return [
    {
      privateKeyPem: certificate.privateKeyPem,
      endpoint: {
        host,
        port: plan.port,
        hostNames: plan.hostNames,
        profile: plan.profile,
        cluster: { namespace: es.metadata.namespace, name: es.metadata.name },
        serviceName: plan.serviceName,
        presentedChainPem: certificate.certificatePem + transport.ca.certificatePem,
        // The transport layer trusts its CA and the admin's extra CAs; the remote cluster server
        // authenticates API keys, not certificates.
        trustedClientCasPem:
          plan.profile === 'transport'
            ? [transport.ca.certificatePem, ...splitPemCertificates(transport.additionalCasPem)]
            : null,
        elasticsearch: runtime.elasticsearch.model,
      },
    },
  ];
}

/** Opens, updates and closes the cluster's TLS listeners to match the Services that expose it. */
export async function reconcileExposure(
  context: ReconcileContext,
  remoteClusterServer: boolean,
  transport: TransportState,
): Promise<void> {
  const { env, es, runtime } = context;
  const services = env.store
    .list(KUBE.services, es.metadata.namespace, [])
    .map((service) => withPendingIngress(service, env.pendingIngress));
  const plans = plannedEndpoints(services, observedPods(context), remoteClusterServer);
  const specs = plans.flatMap((plan) => listenerSpec(context, transport, plan));
  context.changes.push(...(await env.listeners.sync(runtime.key, specs)));
}
