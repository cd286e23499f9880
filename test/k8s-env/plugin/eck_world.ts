import { CoreV1Api, CustomObjectsApi, setHeaderOptions, type V1Service } from '@kubernetes/client-node';
import { ECK_API, ECK_LABELS, ECK_PORTS, eckServiceNames } from '../../../common/eck/eck_names';
import type { ElasticsearchResource } from '../../../server/gateways/kubernetes/eck_resource';
import { eventually } from '../eck-operator/eventually';
import { findOperators } from '../eck-operator/operator_binaries';
import { startEckOperator, type EckOperator } from '../eck-operator/start_eck_operator';
import { startControlPlane, type ControlPlane, type StaticTokenUser } from '../start_control_plane';
import {
  adminKubeConfig,
  bindClusterRole,
  connectAsPlugin,
  shippedClusterRole,
  tokenUser,
  type PluginConnection,
} from './plugin_identity';

const MERGE_PATCH = setHeaderOptions('Content-Type', 'application/merge-patch+json');
/** The user Kibana runs as: bound to the shipped ClusterRole and nothing else. */
export const KIBANA_USER = 'kibana-eck-remote-clusters';

/**
 * A real kube-apiserver, one real ECK operator watching `watched`, and the plugin connected with a
 * token bound only to the shipped ClusterRole. The admin client plays the cluster admin and the
 * cloud controller (load balancer addresses), never the plugin.
 */
export interface EckWorld {
  controlPlane: ControlPlane;
  operator: EckOperator;
  core: CoreV1Api;
  objects: CustomObjectsApi;
  plugin: PluginConnection;
  /** Tokens of the extra users, by name; they have no rights until a test binds some. */
  tokens: Record<string, string>;
  /** Stops the operator, then the control plane, by PID. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startEckWorld(
  version: string,
  options: { watched: string[]; unwatched?: string[]; users?: string[] },
): Promise<EckWorld> {
  // Before anything starts: a missing binary fails here, with the command that builds it.
  const binary = findOperators().find((built) => built.version === version);
  if (!binary) throw new Error(`test/k8s-env/eck-operator pins no ECK ${version}: add its wrapper module`);
  const kibana = tokenUser(KIBANA_USER);
  const users: StaticTokenUser[] = (options.users ?? []).map(tokenUser);
  const controlPlane = await startControlPlane({ users: [kibana, ...users] });
  try {
    const operator = await startEckOperator(controlPlane, binary, { namespaces: options.watched });
    const admin = adminKubeConfig(controlPlane);
    const core = admin.makeApiClient(CoreV1Api);
    for (const name of options.unwatched ?? []) await core.createNamespace({ body: { metadata: { name } } });
    await bindClusterRole(admin, KIBANA_USER, shippedClusterRole());
    return {
      controlPlane,
      operator,
      core,
      objects: admin.makeApiClient(CustomObjectsApi),
      plugin: connectAsPlugin(controlPlane, kibana.token),
      tokens: Object.fromEntries(users.map(({ user, token }) => [user, token])),
      stop: async () => {
        await operator.stop();
        await controlPlane.stop();
      },
    };
  } catch (error) {
    await controlPlane.stop();
    throw error;
  }
}

/** What the admin creates: ECK does the rest (Services, Secrets, the transport CA). */
export async function createElasticsearch(
  world: EckWorld,
  namespace: string,
  name: string,
  extra: { annotations?: Record<string, string>; remoteClusterServer?: object; transport?: object } = {},
): Promise<ElasticsearchResource> {
  return (await world.objects.createNamespacedCustomObject({
    ...ECK_API,
    namespace,
    body: {
      apiVersion: `${ECK_API.group}/${ECK_API.version}`,
      kind: 'Elasticsearch',
      metadata: { name, annotations: extra.annotations },
      spec: {
        version: '9.1.5',
        nodeSets: [{ name: 'default', count: 1 }],
        ...(extra.remoteClusterServer ? { remoteClusterServer: extra.remoteClusterServer } : {}),
        ...(extra.transport ? { transport: extra.transport } : {}),
      },
    },
  })) as ElasticsearchResource;
}

export const readElasticsearch = async (world: EckWorld, namespace: string, name: string) =>
  (await world.objects.getNamespacedCustomObject({ ...ECK_API, namespace, name })) as ElasticsearchResource;

/** Resolves once the operator has reported on the latest generation: its Services exist by then. */
export async function untilObserved(world: EckWorld, namespace: string, name: string) {
  const { value } = await eventually(async () => {
    const resource = await readElasticsearch(world, namespace, name);
    if (!resource.status?.phase || resource.status.observedGeneration !== resource.metadata.generation)
      throw new Error(`ECK has not observed generation ${resource.metadata.generation} of ${namespace}/${name}`);
    return resource;
  });
  return value;
}

export async function untilService(
  world: EckWorld,
  namespace: string,
  name: string,
  holds: (service: V1Service) => boolean = () => true,
): Promise<{ value: V1Service; afterMs: number }> {
  return eventually(async () => {
    const service = await world.core.readNamespacedService({ namespace, name });
    if (!holds(service)) throw new Error(`Service ${namespace}/${name} is ${JSON.stringify(service.spec)}`);
    return service;
  });
}

/** What a cloud controller manager does once its load balancer is up; none runs here. */
export function setLoadBalancerIngress(world: EckWorld, namespace: string, name: string, ip: string) {
  return world.core.patchNamespacedServiceStatus(
    { namespace, name, body: { status: { loadBalancer: { ingress: [{ ip }] } } } },
    MERGE_PATCH,
  );
}

/**
 * In a namespace no operator watches: the status and the remote cluster Service ECK would report
 * once its rolling restart ended, which it never does without pods (FINDINGS.md).
 */
export async function standInForFinishedRestart(world: EckWorld, namespace: string, name: string): Promise<void> {
  const { metadata } = await readElasticsearch(world, namespace, name);
  const status = { phase: 'Ready', health: 'green', version: '9.1.5', observedGeneration: metadata.generation };
  await world.objects.patchNamespacedCustomObjectStatus({ ...ECK_API, namespace, name, body: { status } }, MERGE_PATCH);
  const labels = { [ECK_LABELS.type]: 'elasticsearch', [ECK_LABELS.clusterName]: name };
  await world.core.createNamespacedService({
    namespace,
    body: {
      metadata: { name: eckServiceNames(name).remoteCluster, labels },
      spec: {
        clusterIP: 'None',
        selector: labels,
        ports: [{ name: 'rcs', port: ECK_PORTS.remoteClusterServer, targetPort: ECK_PORTS.remoteClusterServer }],
      },
    },
  });
}
