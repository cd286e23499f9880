import type { Client } from '@elastic/elasticsearch';
import type { ApiPrivilege } from '../../common/constants';

/**
 * Outside Kibana there are no Kibana roles, so the host grants each API privilege from the
 * Elasticsearch cluster privilege an admin would need for the same work: reading needs `monitor`,
 * changing needs `manage`. Inside Kibana, the feature privileges in server/feature.ts decide.
 */
export const CLUSTER_PRIVILEGE_FOR: Record<ApiPrivilege, string> = {
  read_eck_remote_clusters: 'monitor',
  manage_eck_remote_clusters: 'manage',
};

export async function missingApiPrivileges(client: Client, required: ApiPrivilege[]): Promise<ApiPrivilege[]> {
  const response = await client.security.hasPrivileges({ cluster: required.map((p) => CLUSTER_PRIVILEGE_FOR[p]) });
  return required.filter((privilege) => response.cluster[CLUSTER_PRIVILEGE_FOR[privilege]] !== true);
}
