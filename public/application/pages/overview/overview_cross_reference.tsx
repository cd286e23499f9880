import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CaWatchFinding, CaWatchResponse } from '../../../../common/ca_watch/ca_watch_types';
import type { ListEckClustersResponse } from '../../../../common/api/eck_clusters';
import type { LocalClusterResponse } from '../../../../common/api/local_cluster';
import {
  qualifyEckCluster,
  type EckClusterQualification,
} from '../../../../common/compatibility/eck_cluster_qualification';
import { eckClusterOfRemote, type EckClusterMatch } from '../../../../common/eck/eck_cluster_of_remote';
import type { EckClusterSummary } from '../../../../common/types/eck_cluster';
import type { RequestState } from '../../hooks/use_request';

/** A fact that depends on another section's request: not there yet, not available, or known. */
export type Lookup<T> = { state: 'loading' } | { state: 'failed' } | { state: 'known'; value: T };

export interface OverviewCrossReference {
  /** The ECK cluster an alias points at (`null`: none of the discovered ones). */
  eckClusterOf(alias: string): Lookup<EckClusterMatch | null>;
  /** The CA watch's finding for an ECK cluster (`undefined`: the watch has none for it). */
  caFindingOf(cluster: { namespace: string; name: string }): Lookup<CaWatchFinding | undefined>;
  qualificationOf(cluster: EckClusterSummary): EckClusterQualification;
}

function lookup<TData, T>(request: RequestState<TData>, read: (data: TData) => T): Lookup<T> {
  if (request.data !== undefined) return { state: 'known', value: read(request.data) };
  return request.error ? { state: 'failed' } : { state: 'loading' };
}

interface Sources {
  localCluster: RequestState<LocalClusterResponse>;
  eckClusters: RequestState<ListEckClustersResponse>;
  caWatch: RequestState<CaWatchResponse>;
}

/**
 * Joins the overview's three independent requests: each section renders from its own request and
 * reads the others' facts through this, so a missing or slow one leaves a cell pending, never a section.
 */
export function crossReference({ localCluster, eckClusters, caWatch }: Sources): OverviewCrossReference {
  const remotes = localCluster.data?.remotes ?? [];
  const clusters = eckClusters.data?.clusters ?? [];
  const matches = new Map(remotes.map((remote) => [remote.alias, eckClusterOfRemote(remote, clusters)]));
  const aliasesOf = (cluster: EckClusterSummary) =>
    [...matches].filter(([, m]) => m?.namespace === cluster.namespace && m.name === cluster.name).map(([a]) => a);
  return {
    eckClusterOf: (alias) => lookup(eckClusters, () => matches.get(alias) ?? null),
    caFindingOf: ({ namespace, name }) =>
      lookup(caWatch, ({ findings }) => findings.find((f) => f.namespace === namespace && f.name === name)),
    qualificationOf: (cluster) =>
      qualifyEckCluster({ local: localCluster.data ?? null, cluster, connectedAs: aliasesOf(cluster).sort() }),
  };
}

const CrossReferenceContext = createContext<OverviewCrossReference | null>(null);

export function useCrossReference(): OverviewCrossReference {
  const value = useContext(CrossReferenceContext);
  if (!value) throw new Error('useCrossReference must be used inside CrossReferenceProvider');
  return value;
}

export function CrossReferenceProvider({ sources, children }: { sources: Sources; children: ReactNode }) {
  const { localCluster, eckClusters, caWatch } = sources;
  const value = useMemo(
    () => crossReference({ localCluster, eckClusters, caWatch }),
    [localCluster, eckClusters, caWatch],
  );
  return <CrossReferenceContext.Provider value={value}>{children}</CrossReferenceContext.Provider>;
}
