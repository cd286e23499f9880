import type { ElasticsearchClient } from '@kbn/core/server';
import type { LocalClusterInfo } from '../../../common/types/local_cluster';
import { summarizeRemotes } from '../../local_cluster/summarize_remotes';
import { toElasticsearchPluginError } from './elasticsearch_errors';

/** Calls to the local cluster, always as the current user so Elasticsearch applies their privileges. */
export interface LocalElasticsearchGateway {
  getLocalClusterInfo(): Promise<LocalClusterInfo>;
}

export function createLocalElasticsearchGateway(
  client: ElasticsearchClient,
  options: { requestTimeoutMs: number },
): LocalElasticsearchGateway {
  const transport = { requestTimeout: options.requestTimeoutMs, maxRetries: 0 };

  async function call<T>(action: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toElasticsearchPluginError(error, action);
    }
  }

  return {
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
  };
}
