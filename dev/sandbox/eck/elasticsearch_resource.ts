import type { V1ObjectMeta, V1ServiceSpec } from '@kubernetes/client-node';
import { ECK_LABELS } from '../../../common/eck/eck_names';
import type { EckHealth, EckPhase } from '../../../common/types/eck_cluster';
import type { KubeObject } from '../kubernetes/object_store';

/** ECK's `ServiceTemplate`: metadata plus an ordinary ServiceSpec. */
export interface ServiceTemplate {
  metadata?: Pick<V1ObjectMeta, 'labels' | 'annotations'>;
  spec?: V1ServiceSpec;
}

/** `spec.transport.tls.subjectAltNames[]` and `spec.http.tls.selfSignedCertificate.subjectAltNames[]`. */
export interface SubjectAltName {
  dns?: string;
  ip?: string;
}

export interface NodeSet {
  name: string;
  count: number;
  config?: Record<string, unknown>;
}

/** The part of ECK's Elasticsearch spec (elasticsearch.k8s.elastic.co/v1) the simulation acts on. */
export interface ElasticsearchSpec {
  version: string;
  nodeSets?: NodeSet[];
  http?: { service?: ServiceTemplate; tls?: { selfSignedCertificate?: { subjectAltNames?: SubjectAltName[] } } };
  transport?: {
    service?: ServiceTemplate;
    tls?: { certificateAuthorities?: { configMapName?: string }; subjectAltNames?: SubjectAltName[] };
  };
  remoteClusterServer?: { enabled?: boolean; service?: ServiceTemplate };
}

export interface StatusCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  lastTransitionTime: string;
  message?: string;
}

export interface ElasticsearchStatus {
  phase: EckPhase;
  health: EckHealth;
  version?: string;
  availableNodes: number;
  observedGeneration: number;
  conditions: StatusCondition[];
}

export interface ElasticsearchObject extends KubeObject {
  metadata: KubeObject['metadata'] & { namespace: string; uid?: string };
  spec: ElasticsearchSpec;
  status?: ElasticsearchStatus;
}

/** Labels ECK puts on everything it creates for a cluster, and selects the cluster's pods with. */
export const clusterLabels = (name: string): Record<string, string> => ({
  [ECK_LABELS.clusterName]: name,
  [ECK_LABELS.type]: 'elasticsearch',
});

/** Makes the Elasticsearch resource the controller of an object, as ECK does (with Kubernetes GC). */
export function ownerReference(es: ElasticsearchObject) {
  return {
    apiVersion: 'elasticsearch.k8s.elastic.co/v1',
    kind: 'Elasticsearch',
    name: es.metadata.name,
    uid: es.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

export const nodeSetsOf = (es: ElasticsearchObject): NodeSet[] => es.spec.nodeSets ?? [];
