import type { PlannedChange } from '../../common/plan/plan_types';
import type { LocalElasticsearchGateway } from '../gateways/elasticsearch/local_elasticsearch_gateway';

export type ElasticsearchRequest = Extract<PlannedChange, { kind: 'elasticsearch_request' }>;

export const ROLE_PATH = '/_security/role/';

/**
 * The local cluster's writes that both models plan: the remote's cluster settings and a role.
 * Read-only checks (`_resolve/cluster`, the test search) are part of observing: the new plan runs them.
 */
export async function applyLocalRequest(local: LocalElasticsearchGateway, change: ElasticsearchRequest) {
  if (change.path === '/_cluster/settings') return local.putClusterSettings(change.body as object);
  if (change.path.startsWith(ROLE_PATH))
    return local.putRole(change.path.slice(ROLE_PATH.length), change.body as object);
}
