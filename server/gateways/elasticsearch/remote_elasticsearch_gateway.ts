import { Client } from '@elastic/elasticsearch';
import type { V1Pod } from '@kubernetes/client-node';
import { ECK_LABELS, ECK_PORTS, eckServiceNames } from '../../../common/eck/eck_names';
import { PluginError } from '../../../common/errors/plugin_error';
import type { ObservedCrossClusterKey, ObservedRemoteCluster } from '../../../common/plan/observation';
import { parseStackVersion } from '../../../common/compatibility/stack_version';
import type { KubernetesGateway } from '../kubernetes/kubernetes_gateway';
import { toElasticsearchPluginError } from './elasticsearch_errors';

/** Calls to the ECK cluster's REST API, as its `elastic` user, through a pod port-forward. */
export interface RemoteElasticsearchGateway {
  observe(): Promise<ObservedRemoteCluster>;
  listCrossClusterKeys(): Promise<ObservedCrossClusterKey[]>;
  /** Returns the encoded key: shown once to the admin, never logged or stored. */
  createCrossClusterKey(body: { name: string; access: object; expiration?: string; metadata: object }): Promise<{
    id: string;
    name: string;
    encoded: string;
    expiration: number | null;
  }>;
  /** Replaces a cross-cluster key's metadata (its access and secret stay). */
  updateCrossClusterKeyMetadata(id: string, metadata: Record<string, unknown>): Promise<void>;
  /** Returns the ids Elasticsearch invalidated now (none when they already were). */
  invalidateApiKeys(ids: string[]): Promise<string[]>;
  /** Whether a role of this name exists on the ECK cluster (the certificate model authorizes by role name). */
  roleExists(name: string): Promise<boolean>;
  putRole(name: string, body: object): Promise<void>;
}

const isReady = (pod: V1Pod) =>
  pod.status?.phase === 'Running' &&
  (pod.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

/** The first ready pod by name, so that every Kibana instance picks the same one. */
export function pickReadyPod(pods: V1Pod[]): string | null {
  const ready = pods.filter(isReady).map((pod) => pod.metadata?.name ?? '');
  return ready.sort()[0] ?? null;
}

function decodeSecretValue(data: Record<string, string> | undefined, key: string): string | null {
  const value = data?.[key];
  return value ? Buffer.from(value, 'base64').toString('utf8') : null;
}

/**
 * An 8.x cluster refuses the 9.x client's default `compatible-with=9` media type; ask for the
 * remote's own major instead.
 */
function compatibilityHeaders(version: string | null): Record<string, string> {
  const major = parseStackVersion(version)?.major;
  if (!major || major >= 9) return {};
  const mediaType = `application/vnd.elasticsearch+json; compatible-with=${major}`;
  return { accept: mediaType, 'content-type': mediaType };
}

export interface RemoteTarget {
  namespace: string;
  name: string;
  version: string | null;
}

/**
 * Opens a port-forward to a ready pod, authenticates as `elastic` with the password from
 * `<name>-es-elastic-user`, verifies the HTTP certificate against `<name>-es-http-certs-public`
 * with the Service's DNS name, runs `work`, and closes everything.
 */
export async function withRemoteElasticsearch<T>(
  kubernetes: KubernetesGateway,
  target: RemoteTarget,
  options: { requestTimeoutMs: number },
  work: (remote: RemoteElasticsearchGateway) => Promise<T>,
): Promise<T> {
  const { namespace, name } = target;
  const [pods, userSecret, httpCerts] = await Promise.all([
    kubernetes.listPods(namespace, `${ECK_LABELS.clusterName}=${name}`),
    kubernetes.getSecret(namespace, `${name}-es-elastic-user`),
    kubernetes.getSecret(namespace, `${name}-es-http-certs-public`),
  ]);
  const pod = pickReadyPod(pods);
  if (!pod)
    throw new PluginError('ECK_CLUSTER_UNAVAILABLE', `${namespace}/${name} has no ready pod to reach its REST API`);
  const password = decodeSecretValue(userSecret?.data, 'elastic');
  if (!password)
    throw new PluginError('ECK_CLUSTER_UNAVAILABLE', `The Secret ${name}-es-elastic-user has no elastic password`);
  const ca = decodeSecretValue(httpCerts?.data, 'ca.crt');

  const tunnel = await kubernetes.openTunnel(namespace, pod, ECK_PORTS.http);
  const client = new Client({
    node: `https://127.0.0.1:${tunnel.localPort}`,
    auth: { username: 'elastic', password },
    tls: { ...(ca ? { ca } : {}), servername: `${eckServiceNames(name).http}.${namespace}.svc` },
    headers: compatibilityHeaders(target.version),
    maxRetries: 0,
    requestTimeout: options.requestTimeoutMs,
  });
  const call = async <R>(action: string, request: () => Promise<R>): Promise<R> => {
    try {
      return await request();
    } catch (error) {
      const failure = toElasticsearchPluginError(error, `${action} on ${namespace}/${name}`);
      const forwardError = tunnel.errors[0];
      throw forwardError
        ? new PluginError('ECK_CLUSTER_UNAVAILABLE', `The port-forward to ${pod} failed: ${forwardError}`)
        : failure;
    }
  };
  try {
    return await work({
      async observe() {
        const [info, license] = await Promise.all([
          call('read the cluster info', () => client.info()),
          call('read the licence', () => client.license.get()),
        ]);
        return { version: info.version.number, licenseType: license.license.type };
      },
      async listCrossClusterKeys() {
        const response = await call('list the API keys', () => client.security.getApiKey({ active_only: false }));
        return response.api_keys
          .filter((key) => key.type === 'cross_cluster')
          .map((key) => ({
            id: key.id,
            name: key.name,
            invalidated: key.invalidated ?? false,
            expiration: key.expiration ? new Date(key.expiration).toISOString() : null,
            metadata: (key.metadata ?? {}) as Record<string, unknown>,
            creation: new Date(key.creation).toISOString(),
            ...(key.access ? { access: key.access as Record<string, unknown> } : {}),
          }));
      },
      async createCrossClusterKey(body) {
        const response = await call('create the cross-cluster API key', () =>
          client.security.createCrossClusterApiKey(
            body as Parameters<typeof client.security.createCrossClusterApiKey>[0],
          ),
        );
        return {
          id: response.id,
          name: response.name,
          encoded: response.encoded,
          expiration: response.expiration ?? null,
        };
      },
      async updateCrossClusterKeyMetadata(id, metadata) {
        await call('update the cross-cluster API key', () =>
          client.security.updateCrossClusterApiKey({ id, metadata } as Parameters<
            typeof client.security.updateCrossClusterApiKey
          >[0]),
        );
      },
      async invalidateApiKeys(ids) {
        const response = await call('invalidate the API key', () => client.security.invalidateApiKey({ ids }));
        return response.invalidated_api_keys;
      },
      async roleExists(roleName) {
        const roles = await call(`read the role ${roleName}`, () =>
          client.security.getRole({ name: roleName }, { ignore: [404] }),
        );
        return Object.prototype.hasOwnProperty.call(roles, roleName);
      },
      async putRole(roleName, body) {
        await call(`create the role ${roleName}`, () =>
          client.security.putRole({ name: roleName, ...body } as Parameters<typeof client.security.putRole>[0]),
        );
      },
    });
  } finally {
    await client.close();
    await tunnel.close();
  }
}
