import { eckOperatorFeatures } from '../../compatibility/remote_cluster_features';
import { parseStackVersion } from '../../compatibility/stack_version';
import { ECK_LABELS, ECK_PORTS, eckServiceNames } from '../../eck/eck_names';
import { elasticsearchMergePatch, kubectlCreate, kubectlMergePatch } from '../kubectl_commands';
import type { ObservedEckCluster, ObservedService } from '../observation';
import type { PlannedChange, PlanStep } from '../plan_types';
import { blockedBy, kubernetesEvidence, step } from '../step_helpers';
import type { RemoteClusterServerExposure } from './api_key_steps';

const TITLE = 'Expose the remote cluster server';
const ID = 'expose_remote_cluster_server' as const;
type Step = PlanStep<typeof ID>;

/** Labels on the Service the plugin creates before ECK 3.3: found by discovery, never named `eck-*`. */
export const PLUGIN_SERVICE_LABEL = { 'app.kubernetes.io/managed-by': 'kibana-eck-remote-clusters' };

export const separateServiceName = (cluster: string) => `${cluster}-es-remote-cluster-lb`;

export interface ExposureResult {
  step: Step;
  /** `host:port` the local cluster dials, once known. */
  proxyAddress: string | null;
}

/** The ports to declare: an explicit targetPort when the exposed port is not 9443 (ECK's documented gotcha). */
function servicePorts(port: number) {
  return [{ name: 'rcs', port, targetPort: ECK_PORTS.remoteClusterServer, protocol: 'TCP' }];
}

function addressOf(service: ObservedService, exposure: RemoteClusterServerExposure): string | null {
  if (exposure.type === 'NodePort') {
    const nodePort = service.ports.find(
      (p) => Number(p.targetPort ?? p.port) === ECK_PORTS.remoteClusterServer,
    )?.nodePort;
    return nodePort ? `${exposure.nodeAddress}:${nodePort}` : null;
  }
  const ingress = service.ingress[0];
  if (!ingress) return null;
  const port = exposure.type === 'LoadBalancer' ? exposure.port : ECK_PORTS.remoteClusterServer;
  return `${ingress.includes(':') ? `[${ingress}]` : ingress}:${port}`;
}

function serviceMatches(service: ObservedService, exposure: RemoteClusterServerExposure): boolean {
  if (exposure.type === 'address' || service.type !== exposure.type) return false;
  const port = exposure.type === 'LoadBalancer' ? exposure.port : undefined;
  const rcsPort = service.ports.find((p) => Number(p.targetPort ?? p.port) === ECK_PORTS.remoteClusterServer);
  const annotations = exposure.type === 'LoadBalancer' ? exposure.annotations : {};
  return (
    rcsPort !== undefined &&
    (port === undefined || rcsPort.port === port) &&
    Object.entries(annotations).every(([key, value]) => service.annotations[key] === value)
  );
}

/** Whether the stored `spec.remoteClusterServer.service` already asks for this exposure. */
function templateMatches(eck: ObservedEckCluster, exposure: RemoteClusterServerExposure): boolean {
  const template = eck.remoteClusterServer.service;
  if (!template || exposure.type === 'address' || template.type !== exposure.type) return false;
  if (exposure.type === 'NodePort') return true;
  const annotationsMatch = Object.entries(exposure.annotations).every(([k, v]) => template.annotations?.[k] === v);
  const portMatches =
    exposure.port === ECK_PORTS.remoteClusterServer
      ? !template.ports || template.ports.some((p) => p.port === exposure.port)
      : !!template.ports?.some(
          (p) => p.port === exposure.port && Number(p.targetPort) === ECK_PORTS.remoteClusterServer,
        );
  return annotationsMatch && portMatches;
}

function serviceTemplatePatch(exposure: Exclude<RemoteClusterServerExposure, { type: 'address' }>) {
  const ports =
    exposure.type === 'LoadBalancer' && exposure.port !== ECK_PORTS.remoteClusterServer
      ? servicePorts(exposure.port)
      : undefined;
  const annotations =
    exposure.type === 'LoadBalancer' && Object.keys(exposure.annotations).length > 0 ? exposure.annotations : undefined;
  return {
    spec: {
      remoteClusterServer: {
        service: {
          ...(annotations ? { metadata: { annotations } } : {}),
          spec: { type: exposure.type, ...(ports ? { ports } : {}) },
        },
      },
    },
  };
}

function separateService(eck: ObservedEckCluster, exposure: Exclude<RemoteClusterServerExposure, { type: 'address' }>) {
  const port = exposure.type === 'LoadBalancer' ? exposure.port : ECK_PORTS.remoteClusterServer;
  const annotations = exposure.type === 'LoadBalancer' ? exposure.annotations : {};
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      namespace: eck.namespace,
      name: separateServiceName(eck.name),
      labels: { [ECK_LABELS.clusterName]: eck.name, ...PLUGIN_SERVICE_LABEL },
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    spec: {
      type: exposure.type,
      selector: { [ECK_LABELS.clusterName]: eck.name, [ECK_LABELS.type]: 'elasticsearch' },
      ports: servicePorts(port),
    },
  };
}

function waitingOrDone(
  service: ObservedService,
  exposure: RemoteClusterServerExposure,
  evidence: Step['evidence'],
): ExposureResult {
  const proxyAddress = addressOf(service, exposure);
  if (!proxyAddress) {
    const what = exposure.type === 'NodePort' ? 'a node port' : 'an address';
    return {
      step: step(ID, TITLE, 'waiting', `Waiting for ${what} on the Service ${service.name}.`, {
        evidence,
        waitingFor: exposure.type === 'LoadBalancer' ? "the load balancer's address" : what,
      }),
      proxyAddress,
    };
  }
  return {
    step: step(ID, TITLE, 'done', `The remote cluster server is reachable at ${proxyAddress}.`, {
      evidence: [...evidence, kubernetesEvidence('proxy address', proxyAddress)],
    }),
    proxyAddress,
  };
}

/** ECK applied the service field (its status says so) and left the Service unchanged: the operator predates 3.3. */
function operatorIgnoredTemplate(eck: ObservedEckCluster, exposure: RemoteClusterServerExposure): boolean {
  const service = eck.services.find((s) => s.name === eckServiceNames(eck.name).remoteCluster);
  const observed = eck.observedGeneration !== null && eck.observedGeneration >= eck.generation && eck.phase === 'Ready';
  return templateMatches(eck, exposure) && observed && service !== undefined && !serviceMatches(service, exposure);
}

/**
 * Whether ECK can expose its own Service, from the best evidence there is: the operator's version
 * when the resource names it; otherwise whether the CRD keeps the field (a dry run), and whether
 * the operator acted on it once set. ECK 3.x writes its version nowhere on the resource.
 */
function serviceFieldDecision(eck: ObservedEckCluster, exposure: RemoteClusterServerExposure) {
  // What the CRD stores decides first: an operator version cannot make a pruned field stick.
  if (eck.remoteClusterServer.serviceFieldInCrd === false) {
    return { withServiceField: false, why: 'the installed ECK CRD prunes the field: ECK is older than 3.3' };
  }
  const version = parseStackVersion(eck.operatorVersion);
  if (version) {
    const withServiceField = eckOperatorFeatures(version).remoteClusterServerService;
    return {
      withServiceField,
      why: `ECK ${eck.operatorVersion} ${withServiceField ? 'has' : 'predates'} the field (3.3)`,
    };
  }
  if (operatorIgnoredTemplate(eck, exposure)) {
    return {
      withServiceField: false,
      why: 'ECK took the field but left the Service unchanged: the operator is older than 3.3',
    };
  }
  if (eck.remoteClusterServer.serviceFieldInCrd === null) {
    return {
      withServiceField: true,
      why: 'the CRD could not be probed; the field is tried, and a pruned patch is reported',
    };
  }
  return { withServiceField: true, why: 'the installed ECK CRD has the field' };
}

/**
 * ECK 3.3+: `spec.remoteClusterServer.service` makes ECK's own Service a load balancer. Before 3.3
 * the field does not exist, so a separate Service selects the cluster's pods on 9443. Or the admin
 * already routes an address.
 */
export function exposeRemoteClusterServerStep(
  eck: ObservedEckCluster,
  exposure: RemoteClusterServerExposure,
  previous: PlanStep,
): ExposureResult {
  if (exposure.type === 'address') {
    return {
      step: step(ID, TITLE, 'done', `The admin routes ${exposure.proxyAddress} to the remote cluster server.`, {
        evidence: [kubernetesEvidence('proxy address (given)', exposure.proxyAddress)],
      }),
      proxyAddress: exposure.proxyAddress,
    };
  }
  if (previous.status !== 'done') return { step: blockedBy(ID, TITLE, previous), proxyAddress: null };

  const { withServiceField, why } = serviceFieldDecision(eck, exposure);
  const serviceName = withServiceField ? eckServiceNames(eck.name).remoteCluster : separateServiceName(eck.name);
  const service = eck.services.find((s) => s.name === serviceName);
  const evidence = [
    kubernetesEvidence('spec.remoteClusterServer.service', why),
    kubernetesEvidence(
      `Service ${serviceName}`,
      service ? `${service.type}${service.ingress.length ? ` at ${service.ingress.join(', ')}` : ''}` : 'absent',
    ),
  ];

  if (withServiceField) {
    if (templateMatches(eck, exposure) && service && serviceMatches(service, exposure))
      return waitingOrDone(service, exposure, evidence);
    if (templateMatches(eck, exposure)) {
      return {
        step: step(ID, TITLE, 'waiting', `Waiting for ECK to turn ${serviceName} into a ${exposure.type} Service.`, {
          evidence,
          waitingFor: `ECK to update the Service ${serviceName}`,
        }),
        proxyAddress: null,
      };
    }
    const patch = serviceTemplatePatch(exposure);
    const change = elasticsearchMergePatch(eck, patch);
    return {
      step: step(ID, TITLE, 'ready', `ECK can expose ${serviceName} itself: ${why}.`, {
        evidence,
        changes: [change],
      }),
      proxyAddress: null,
    };
  }

  if (service && serviceMatches(service, exposure)) return waitingOrDone(service, exposure, evidence);
  const object = separateService(eck, exposure);
  const change: PlannedChange = service
    ? {
        kind: 'kubernetes_patch',
        resource: { apiVersion: 'v1', kind: 'Service', namespace: eck.namespace, name: serviceName },
        patchType: 'merge',
        patch: { metadata: object.metadata, spec: object.spec },
        command: kubectlMergePatch('service', eck.namespace, serviceName, {
          metadata: object.metadata,
          spec: object.spec,
        }),
      }
    : { kind: 'kubernetes_create', object, command: kubectlCreate(object) };
  const reason = `ECK cannot change its own Service here (${why}): a separate Service selects the cluster's pods on port 9443.`;
  return {
    step: step(ID, TITLE, 'ready', reason.replace('ECK  ', 'ECK '), { evidence, changes: [change] }),
    proxyAddress: null,
  };
}
