import type { ElasticsearchClient } from '@kbn/core/server';
import type { estypes } from '@elastic/elasticsearch';
import type { ObservedTrustedCertificate } from '../../../common/plan/observation';
import type { LocalClusterInfo } from '../../../common/types/local_cluster';
import { atLeast, parseStackVersion } from '../../../common/compatibility/stack_version';
import { summarizeRemotes } from '../../local_cluster/summarize_remotes';
import { createCrossClusterGateway, type CrossClusterGateway } from './cross_cluster_gateway';
import { callElasticsearch, toElasticsearchPluginError } from './elasticsearch_errors';

/** Calls to the local cluster, always as the current user so Elasticsearch applies their privileges. */
export interface LocalElasticsearchGateway extends CrossClusterGateway {
  getLocalClusterInfo(): Promise<LocalClusterInfo>;
  /** Whether the current user holds these cluster privileges. */
  hasClusterPrivileges(privileges: string[]): Promise<Record<string, boolean>>;
  /** Node names, as `_nodes` lists them. */
  listNodeNames(): Promise<string[]>;
  /** `_ssl/certificates` of the node that answers, with that node's name. */
  trustedCertificates(): Promise<ObservedTrustedCertificate[]>;
  putClusterSettings(body: estypes.ClusterPutSettingsRequest): Promise<void>;
  /** Per-node outcome: a failed node answers inside an HTTP 200 with `reload_exception`. */
  reloadSecureSettings(): Promise<Array<{ node: string; error: string | null }>>;
  /**
   * `_resolve/cluster`, which connects for real, bounded by `timeout`. From 8.18 without an index
   * expression, which checks the connection without needing `remote_indices` privileges.
   */
  resolveRemote(alias: string, timeout: string, localVersion: string): Promise<{ connected: boolean; error?: string }>;
  roleExists(name: string): Promise<boolean>;
  putRole(name: string, body: Omit<estypes.SecurityPutRoleRequest, 'name'>): Promise<void>;
}

export function createLocalElasticsearchGateway(
  client: ElasticsearchClient,
  options: { requestTimeoutMs: number },
): LocalElasticsearchGateway {
  const transport = { requestTimeout: options.requestTimeoutMs, maxRetries: 0 };

  const call = callElasticsearch;

  return {
    ...createCrossClusterGateway(client, options),
    async getLocalClusterInfo() {
      const [info, license, remoteInfo, settings] = await Promise.all([
        call('read the cluster info', () => client.info(undefined, transport)),
        call('read the licence', () => client.license.get(undefined, transport)),
        call('read the remote clusters (_remote/info)', () => client.cluster.remoteInfo(undefined, transport)),
        call('read the cluster settings', () => client.cluster.getSettings({ flat_settings: false }, transport)),
      ]);
      return {
        name: info.cluster_name,
        uuid: info.cluster_uuid,
        version: info.version.number,
        license: { type: license.license.type, status: license.license.status },
        remotes: summarizeRemotes(remoteInfo, settings),
      };
    },

    async hasClusterPrivileges(privileges) {
      const response = await call('check your privileges', () =>
        client.security.hasPrivileges({ cluster: privileges }, transport),
      );
      return response.cluster;
    },

    async listNodeNames() {
      const response = await call('list the nodes', () => client.nodes.info({ metric: '_none' }, transport));
      return Object.values(response.nodes)
        .map((node) => node.name)
        .sort();
    },

    async trustedCertificates() {
      const [local, certificates] = await Promise.all([
        call('identify the answering node', () => client.nodes.info({ node_id: '_local', metric: '_none' }, transport)),
        call('read the trusted certificates (_ssl/certificates)', () => client.ssl.certificates(undefined, transport)),
      ]);
      const node = Object.values(local.nodes)[0]?.name ?? 'unknown';
      return certificates.map((certificate) => ({
        node,
        path: certificate.path,
        subjectDn: certificate.subject_dn,
        serialNumber: certificate.serial_number,
        expiry: String(certificate.expiry),
        hasPrivateKey: certificate.has_private_key,
      }));
    },

    async putClusterSettings(body) {
      await call('update the cluster settings', () => client.cluster.putSettings(body, transport));
    },

    async reloadSecureSettings() {
      const response = await call('reload secure settings', () =>
        client.nodes.reloadSecureSettings(undefined, transport),
      );
      return Object.values(response.nodes).map((node) => ({
        node: node.name,
        error: node.reload_exception ? (node.reload_exception.reason ?? node.reload_exception.type) : null,
      }));
    },

    async resolveRemote(alias, timeout, localVersion) {
      const version = parseStackVersion(localVersion);
      const withoutExpression = version !== null && atLeast(version, 8, 18);
      const response = await call(`resolve the remote cluster ${alias}`, () =>
        client.indices.resolveCluster(withoutExpression ? { timeout } : { name: `${alias}:*`, timeout }, transport),
      );
      const entry = response[alias];
      if (!entry) return { connected: false, error: `${alias} is not a configured remote cluster` };
      return { connected: entry.connected, ...(entry.error ? { error: entry.error } : {}) };
    },

    async roleExists(name) {
      try {
        await client.security.getRole({ name }, transport);
        return true;
      } catch (error) {
        if ((error as { meta?: { statusCode?: number } }).meta?.statusCode === 404) return false;
        throw toElasticsearchPluginError(error, `read the role ${name}`);
      }
    },

    async putRole(name, body) {
      await call(`create the role ${name}`, () => client.security.putRole({ name, ...body }, transport));
    },
  };
}
