import type { Client } from '@elastic/elasticsearch';
import { API_ROUTES } from '../../common/api/api_routes';
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

/**
 * Routes that call nothing but Elasticsearch, as the user, so that the user's own privileges decide
 * (the CCS check). Inside Kibana their users are granted the Read feature privilege; outside it,
 * any authenticated user may call them.
 */
const ROUTES_FOR_EVERY_USER = new Set<string>([API_ROUTES.ccsCheck.path]);

export async function missingApiPrivileges(
  client: Client,
  required: ApiPrivilege[],
  path?: string,
): Promise<ApiPrivilege[]> {
  if (path !== undefined && ROUTES_FOR_EVERY_USER.has(path)) return [];
  const response = await client.security.hasPrivileges({ cluster: required.map((p) => CLUSTER_PRIVILEGE_FOR[p]) });
  return required.filter((privilege) => response.cluster[CLUSTER_PRIVILEGE_FOR[privilege]] !== true);
}
