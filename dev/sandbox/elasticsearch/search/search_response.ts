import type { estypes } from '@elastic/elasticsearch';
import type { IndexStore } from '../cluster/index_store';
import type { SearchFailure } from '../remote_clusters/connection_failure';

/** One cluster's share of a search: its indices, or why it was skipped. */
export type ClusterShare =
  | {
      readonly alias: string | undefined;
      readonly patterns: readonly string[];
      readonly store: IndexStore | undefined;
      readonly indices: readonly string[];
    }
  | { readonly alias: string; readonly patterns: readonly string[]; readonly skipped: SearchFailure };

const LOCAL = '(local)';

function hitsOf(share: ClusterShare): estypes.SearchHit<Record<string, unknown>>[] {
  if ('skipped' in share || !share.store) return [];
  const store = share.store;
  return share.indices.flatMap((index) =>
    store.documents(index).map((document) => ({
      // Hits from a remote carry their cluster: `eck:logs-web`.
      _index: share.alias ? `${share.alias}:${index}` : index,
      _id: document.id,
      _score: 1,
      _source: { ...document.source },
    })),
  );
}

function shardsOf(share: ClusterShare): estypes.ShardStatistics {
  const total = 'skipped' in share ? 0 : share.indices.length;
  return { total, successful: total, skipped: 0, failed: 0 };
}

function details(share: ClusterShare): estypes.ClusterDetails {
  const common = { indices: share.patterns.join(','), timed_out: false };
  if ('skipped' in share) {
    const failure = share.skipped;
    return {
      ...common,
      status: 'skipped',
      failures: [{ shard: -1, reason: { type: failure.type, reason: failure.reason } }],
    };
  }
  return { ...common, status: 'successful', took: 1, _shards: shardsOf(share) };
}

/** A search response over every cluster's share, one shard per index, `match_all` scoring. */
export function searchResponse(
  shares: readonly ClusterShare[],
  page: { readonly from: number; readonly size: number },
): estypes.SearchResponse<Record<string, unknown>> {
  const hits = shares.flatMap(hitsOf);
  const shards = shares
    .map(shardsOf)
    .reduce((sum, s) => ({ ...sum, total: sum.total + s.total, successful: sum.successful + s.successful }), {
      total: 0,
      successful: 0,
      skipped: 0,
      failed: 0,
    });
  const crossCluster = shares.some((share) => share.alias !== undefined);
  const skipped = shares.filter((share) => 'skipped' in share).length;
  const returned = hits.slice(page.from, page.from + page.size);
  return {
    took: 1,
    timed_out: false,
    _shards: shards,
    ...(crossCluster
      ? {
          _clusters: {
            total: shares.length,
            successful: shares.length - skipped,
            skipped,
            running: 0,
            partial: 0,
            failed: 0,
            details: Object.fromEntries(shares.map((share) => [share.alias ?? LOCAL, details(share)])),
          },
        }
      : {}),
    hits: { total: { value: hits.length, relation: 'eq' }, max_score: returned.length > 0 ? 1 : null, hits: returned },
  };
}
