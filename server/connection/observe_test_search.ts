import type { estypes } from '@elastic/elasticsearch';
import type { Observed } from '../../common/plan/observation';
import type { TestSearchCluster, TestSearchOutcome } from '../../common/plan/api_key/test_search';
import type { CrossClusterGateway } from '../gateways/elasticsearch/cross_cluster_gateway';
import { observe } from './observed';

/** How long the verification's test search may take: a remote that never answers must not hang the plan. */
export const TEST_SEARCH_DEADLINE_MS = 5_000;

type ShardFailure = { reason: { type: string; reason?: string | null } };
const reasons = (failures: ShardFailure[] | undefined) =>
  (failures ?? []).map((failure) => failure.reason.reason ?? failure.reason.type);

/** `_clusters.details`, one entry a cluster; from `_shards` when Elasticsearch gives no details. */
export function testSearchClusters(alias: string, response: estypes.SearchResponse): TestSearchCluster[] {
  const details = Object.entries(response._clusters?.details ?? {});
  if (details.length === 0) {
    const shards = response._shards;
    return [
      { cluster: alias, status: shards.failed > 0 ? 'partial' : 'successful', failures: reasons(shards.failures) },
    ];
  }
  return details.map(([cluster, detail]) => ({ cluster, status: detail.status, failures: reasons(detail.failures) }));
}

/** A size-0 search on `expression` as the current user; a refusal is an answer, a timeout a failed read. */
export function observeTestSearch(
  gateway: CrossClusterGateway,
  alias: string,
  expression: string,
): Promise<Observed<TestSearchOutcome>> {
  return observe(async () => {
    const outcome = await gateway.sizeZeroSearch(expression, TEST_SEARCH_DEADLINE_MS);
    return outcome.ok
      ? { kind: 'answered' as const, clusters: testSearchClusters(alias, outcome.response) }
      : { kind: 'refused' as const, status: outcome.refused.status, reason: outcome.refused.reason };
  });
}
