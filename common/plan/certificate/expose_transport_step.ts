import { ECK_PORTS, eckServiceNames } from '../../eck/eck_names';
import { elasticsearchMergePatch } from '../kubectl_commands';
import type { ObservedEckCluster } from '../observation';
import type { PlanStep } from '../plan_types';
import { exposedAddress, serviceExposes, serviceTemplate, templateAsks } from '../service_exposure';
import { blockedBy, kubernetesEvidence, step } from '../step_helpers';
import type { ObservedEckTransport } from './certificate_observation';
import type { TransportExposure } from './certificate_steps';

const TITLE = 'Expose the transport layer';
const ID = 'expose_transport' as const;

export interface TransportExposureResult {
  step: PlanStep<typeof ID>;
  /** `host:port` the local cluster dials, once known. */
  proxyAddress: string | null;
}

/**
 * `spec.transport.service` turns ECK's headless `<name>-es-transport` Service into a load balancer
 * or node port Service (every ECK version has the field). Or the admin routes an address to 9300.
 */
export function exposeTransportStep(
  eck: ObservedEckCluster,
  transport: ObservedEckTransport,
  exposure: TransportExposure,
  preflight: PlanStep,
): TransportExposureResult {
  if (exposure.type === 'address') {
    return {
      step: step(ID, TITLE, 'done', `The admin routes ${exposure.proxyAddress} to the transport port 9300.`, {
        evidence: [kubernetesEvidence('proxy address (given)', exposure.proxyAddress)],
      }),
      proxyAddress: exposure.proxyAddress,
    };
  }
  if (preflight.status !== 'done') return { step: blockedBy(ID, TITLE, preflight), proxyAddress: null };
  const name = eckServiceNames(eck.name).transport;
  const service = eck.services.find((s) => s.name === name);
  const evidence = [
    kubernetesEvidence('spec.transport.service', transport.service?.type ?? 'unset (headless)'),
    kubernetesEvidence(
      `Service ${name}`,
      service ? `${service.type}${service.ingress.length ? ` at ${service.ingress.join(', ')}` : ''}` : 'absent',
    ),
  ];
  const port = ECK_PORTS.transport;
  if (!templateAsks(transport.service, exposure, port)) {
    return {
      step: step(ID, TITLE, 'ready', `ECK exposes ${name} as a ${exposure.type} Service once asked.`, {
        evidence,
        changes: [
          elasticsearchMergePatch(eck, {
            spec: { transport: { service: serviceTemplate(exposure, port, 'tls-transport') } },
          }),
        ],
        warnings: [
          'Anyone who can reach this address can attempt a TLS handshake with the transport layer: restrict it (loadBalancerSourceRanges, firewall) to the local cluster.',
        ],
      }),
      proxyAddress: null,
    };
  }
  if (!service || !serviceExposes(service, exposure, port)) {
    return {
      step: step(ID, TITLE, 'waiting', `Waiting for ECK to turn ${name} into a ${exposure.type} Service.`, {
        evidence,
        waitingFor: `ECK to update the Service ${name}`,
      }),
      proxyAddress: null,
    };
  }
  const proxyAddress = exposedAddress(service, exposure, port);
  if (!proxyAddress) {
    const what = exposure.type === 'NodePort' ? 'a node port' : "the load balancer's address";
    return {
      step: step(ID, TITLE, 'waiting', `Waiting for ${what} on the Service ${name}.`, { evidence, waitingFor: what }),
      proxyAddress: null,
    };
  }
  return {
    step: step(ID, TITLE, 'done', `The transport layer is reachable at ${proxyAddress}.`, {
      evidence: [...evidence, kubernetesEvidence('proxy address', proxyAddress)],
    }),
    proxyAddress,
  };
}
