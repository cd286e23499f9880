import type { V1ObjectMeta, V1ServiceSpec } from '@kubernetes/client-node';
import type { EckHealth, EckPhase } from '../../../common/types/eck_cluster';

/** `ServiceTemplate` in ECK's CRD: metadata plus an ordinary ServiceSpec. */
export interface EckServiceTemplate {
  metadata?: Pick<V1ObjectMeta, 'labels' | 'annotations'>;
  spec?: V1ServiceSpec;
}

/** The part of ECK's `Elasticsearch` resource (elasticsearch.k8s.elastic.co/v1) the plugin reads. */
export interface ElasticsearchResource {
  apiVersion?: string;
  kind?: string;
  metadata: V1ObjectMeta & { name: string; namespace: string };
  spec?: {
    version?: string;
    remoteClusterServer?: { enabled?: boolean; service?: EckServiceTemplate };
    transport?: {
      service?: EckServiceTemplate;
      tls?: { certificateAuthorities?: { configMapName?: string } };
    };
  };
  status?: {
    phase?: EckPhase;
    health?: EckHealth;
    version?: string;
    availableNodes?: number;
    observedGeneration?: number;
  };
}
