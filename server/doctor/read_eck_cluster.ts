import type { DoctorEckResource, DoctorRemoteCluster } from '../../common/doctor/doctor_observation';
import { ECK_LABELS } from '../../common/eck/eck_names';
import type { EckHealth } from '../../common/types/eck_cluster';
import { summarizePemBundle } from '../certificates/summarize_pem_bundle';
import { observeService } from '../connection/observe_eck_cluster';
import { withRemoteElasticsearch } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import type { RouteServices } from '../routes/route_definition';
import type { EckClusterRef } from './identify_eck_cluster';

const decode = (data: Record<string, string> | undefined, key: string) =>
  data?.[key] ? Buffer.from(data[key], 'base64').toString('utf8') : null;

/** The ECK resource, its Services and its public transport CA: reads only (no dry run, unlike the plan). */
export async function readEckResource(
  kubernetes: KubernetesGateway,
  ref: EckClusterRef,
): Promise<{ resource: DoctorEckResource | null; caPem: string | null }> {
  const [resource, services, caSecret] = await Promise.all([
    kubernetes.getElasticsearch(ref.namespace, ref.name),
    kubernetes.listServices({ all: false, namespaces: [ref.namespace] }, `${ECK_LABELS.clusterName}=${ref.name}`),
    kubernetes.getSecret(ref.namespace, `${ref.name}-es-transport-certs-public`),
  ]);
  if (!resource) return { resource: null, caPem: null };
  const caPem = decode(caSecret?.data, 'ca.crt');
  const status = resource.status as { health?: EckHealth } | undefined;
  return {
    caPem,
    resource: {
      phase: resource.status?.phase ?? null,
      health: status?.health ?? null,
      generation: resource.metadata.generation ?? 1,
      observedGeneration: resource.status?.observedGeneration ?? null,
      version: resource.status?.version ?? resource.spec?.version ?? null,
      remoteClusterServerEnabled: resource.spec?.remoteClusterServer?.enabled === true,
      services: services.map(observeService),
      transportCa: caPem ? summarizePemBundle(caPem) : null,
    },
  };
}

const searchPatterns = (access: Record<string, unknown> | undefined) =>
  ((access?.search ?? []) as Array<{ names?: string[] }>).flatMap((entry) => entry.names ?? []);

/** The ECK cluster's version, licence and API keys, through a port-forward as its `elastic` user. */
export async function readRemote(
  services: RouteServices,
  kubernetes: KubernetesGateway,
  ref: EckClusterRef,
  version: string | null,
): Promise<DoctorRemoteCluster> {
  return withRemoteElasticsearch(
    kubernetes,
    { namespace: ref.namespace, name: ref.name, version },
    { requestTimeoutMs: services.config.elasticsearch.requestTimeoutMs },
    async (remote) => {
      const [cluster, keys] = await Promise.all([remote.observe(), remote.listCrossClusterKeys()]);
      return {
        ...cluster,
        apiKeys: keys.map((key) => ({
          id: key.id,
          name: key.name,
          type: 'cross_cluster',
          invalidated: key.invalidated,
          expiration: key.expiration,
          metadata: key.metadata,
          searchPatterns: searchPatterns(key.access),
        })),
      };
    },
  );
}
