import { createHash } from 'node:crypto';
import type { KubeObject } from '../kubernetes/object_store';
import {
  clusterLabels,
  nodeSetsOf,
  ownerReference,
  type ElasticsearchObject,
  type NodeSet,
} from './elasticsearch_resource';

/** A pod ECK's StatefulSets run: `<es>-es-<nodeSet>-<ordinal>`. */
export interface PlannedPod {
  name: string;
  nodeSet: string;
  statefulSet: string;
  ordinal: number;
}

/** What a pod runs and whether it is ready, which a rolling restart changes pod by pod. */
export interface PodState {
  ip: string;
  configHash: string;
  version: string;
  ready: boolean;
}

export const LABELS = {
  statefulSetName: 'elasticsearch.k8s.elastic.co/statefulset-name',
  version: 'elasticsearch.k8s.elastic.co/version',
  httpScheme: 'elasticsearch.k8s.elastic.co/http-scheme',
  podName: 'statefulset.kubernetes.io/pod-name',
} as const;
export const CONFIG_HASH_ANNOTATION = 'elasticsearch.k8s.elastic.co/config-hash';

const DEFAULT_ROLES = ['master', 'data', 'ingest', 'ml', 'remote_cluster_client', 'transform'];
const LABELLED_ROLES = [
  ...DEFAULT_ROLES,
  'voting_only',
  'data_hot',
  'data_warm',
  'data_cold',
  'data_content',
  'data_frozen',
];

function rolesOf(nodeSet: NodeSet): string[] {
  const config = nodeSet.config ?? {};
  const roles = config['node.roles'] ?? (config.node as { roles?: unknown } | undefined)?.roles;
  return Array.isArray(roles) ? roles.map(String) : DEFAULT_ROLES;
}

function roleLabels(nodeSet: NodeSet): Record<string, string> {
  const roles = rolesOf(nodeSet);
  // The generic `data` role holds every tier.
  const has = (role: string) => roles.includes(role) || (role.startsWith('data_') && roles.includes('data'));
  return Object.fromEntries(
    LABELLED_ROLES.map((role) => [`elasticsearch.k8s.elastic.co/node-${role}`, String(has(role))]),
  );
}

export function plannedPods(es: ElasticsearchObject): PlannedPod[] {
  return nodeSetsOf(es).flatMap((nodeSet) => {
    const statefulSet = `${es.metadata.name}-es-${nodeSet.name}`;
    return Array.from({ length: nodeSet.count }, (_, ordinal) => ({
      name: `${statefulSet}-${ordinal}`,
      nodeSet: nodeSet.name,
      statefulSet,
      ordinal,
    }));
  });
}

/**
 * What needs a restart to take effect: the version and the node configuration, which includes
 * `remote_cluster_server.enabled`. Certificates and trusted CAs are files Elasticsearch reloads.
 */
export function restartFingerprint(es: ElasticsearchObject, remoteClusterServer: boolean): string {
  const configuration = {
    version: es.spec.version,
    remoteClusterServer,
    nodeSets: nodeSetsOf(es).map((nodeSet) => ({ name: nodeSet.name, config: nodeSet.config ?? {} })),
  };
  return createHash('sha256').update(JSON.stringify(configuration)).digest('hex').slice(0, 16);
}

export function podObject(es: ElasticsearchObject, pod: PlannedPod, state: PodState): KubeObject {
  const nodeSet = nodeSetsOf(es).find((candidate) => candidate.name === pod.nodeSet) ?? { name: pod.nodeSet, count: 0 };
  return {
    metadata: {
      name: pod.name,
      namespace: es.metadata.namespace,
      labels: {
        ...clusterLabels(es.metadata.name),
        [LABELS.statefulSetName]: pod.statefulSet,
        [LABELS.version]: state.version,
        [LABELS.httpScheme]: 'https',
        [LABELS.podName]: pod.name,
        ...roleLabels(nodeSet),
      },
      annotations: { [CONFIG_HASH_ANNOTATION]: state.configHash },
      ownerReferences: [ownerReference(es)],
    },
    spec: {
      // The API server refuses to port-forward to a pod no scheduler has placed on a node.
      nodeName: SANDBOX_NODE_NAME,
      hostname: pod.name,
      subdomain: pod.statefulSet,
      containers: [
        {
          name: 'elasticsearch',
          image: `docker.elastic.co/elasticsearch/elasticsearch:${state.version}`,
          ports: [
            { name: 'https', containerPort: 9200, protocol: 'TCP' },
            { name: 'transport', containerPort: 9300, protocol: 'TCP' },
          ],
        },
      ],
    },
  };
}

/** The one simulated Kubernetes node every pod runs on. */
export const SANDBOX_NODE_NAME = 'sandbox-node-1';

export function podStatus(state: PodState) {
  const ready = state.ready ? 'True' : 'False';
  return {
    phase: state.ready ? 'Running' : 'Pending',
    podIP: state.ip,
    podIPs: [{ ip: state.ip }],
    conditions: [
      { type: 'Ready', status: ready },
      { type: 'ContainersReady', status: ready },
    ],
  };
}
