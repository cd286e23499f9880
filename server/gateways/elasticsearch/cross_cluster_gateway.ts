import type { ElasticsearchClient } from '@kbn/core/server';
import type { estypes } from '@elastic/elasticsearch';
import { callElasticsearch, toElasticsearchPluginError } from './elasticsearch_errors';

/** A search Elasticsearch refused: its status and reason are what the CCS check explains. */
export interface RefusedSearch {
  status: number;
  type: string;
  reason: string;
}

export type SizeZeroSearchOutcome =
  { ok: true; response: estypes.SearchResponse } | { ok: false; refused: RefusedSearch };

/**
 * The local cluster's cross-cluster calls, as the current user: remote status and the CCS check.
 * Part of the local Elasticsearch gateway; kept apart so each concern stays small.
 */
export interface CrossClusterGateway {
  /** `_remote/info`: passive, the handling node's last known state. */
  remoteInfo(): Promise<estypes.ClusterRemoteInfoResponse>;
  clusterVersion(): Promise<string>;
  /**
   * `_resolve/cluster[/<expression>]`. `timeout` goes to Elasticsearch, which then bounds each
   * remote on its own; `deadlineMs` bounds the HTTP call itself (ELASTICSEARCH_TIMEOUT past it).
   */
  resolveClusters(request: {
    expression?: string;
    timeout?: string;
    deadlineMs: number;
  }): Promise<estypes.IndicesResolveClusterResponse>;
  resolveIndex(expression: string): Promise<estypes.IndicesResolveIndexResponse>;
  /**
   * A `size: 0` search whose refusal is an answer, not an error: the CCS check explains it. The
   * HTTP call gives up at `deadlineMs` (ELASTICSEARCH_TIMEOUT), as a remote may never answer.
   */
  sizeZeroSearch(expression: string, deadlineMs: number): Promise<SizeZeroSearchOutcome>;
  userPrivileges(): Promise<estypes.SecurityGetUserPrivilegesResponse>;
  username(): Promise<string>;
}

interface ResponseErrorLike {
  name?: string;
  meta?: { statusCode?: number; body?: { error?: { type?: string; reason?: string } } };
}

function refusal(error: unknown): RefusedSearch | undefined {
  const e = error as ResponseErrorLike;
  const cause = e?.meta?.body?.error;
  if (e?.name !== 'ResponseError' || !cause?.reason) return undefined;
  return { status: e.meta?.statusCode ?? 500, type: cause.type ?? 'exception', reason: cause.reason };
}

export function createCrossClusterGateway(
  client: ElasticsearchClient,
  options: { requestTimeoutMs: number },
): CrossClusterGateway {
  const transport = { requestTimeout: options.requestTimeoutMs, maxRetries: 0 };

  const call = callElasticsearch;

  return {
    remoteInfo: () =>
      call('read the remote clusters (_remote/info)', () => client.cluster.remoteInfo(undefined, transport)),

    async clusterVersion() {
      const info = await call('read the cluster info', () => client.info(undefined, transport));
      return info.version.number;
    },

    resolveClusters({ expression, timeout, deadlineMs }) {
      return call('probe the remote clusters (_resolve/cluster)', () =>
        client.indices.resolveCluster(
          { ...(expression ? { name: expression } : {}), ...(timeout ? { timeout } : {}) },
          { requestTimeout: deadlineMs, maxRetries: 0 },
        ),
      );
    },

    resolveIndex: (expression) =>
      call(`resolve ${expression} (_resolve/index)`, () =>
        client.indices.resolveIndex({ name: expression, expand_wildcards: 'open' }, transport),
      ),

    async sizeZeroSearch(expression, deadlineMs) {
      try {
        const response = await client.search(
          { index: expression, size: 0, ccs_minimize_roundtrips: true },
          { requestTimeout: deadlineMs, maxRetries: 0 },
        );
        return { ok: true, response };
      } catch (error) {
        const refused = refusal(error);
        if (refused) return { ok: false, refused };
        throw toElasticsearchPluginError(error, `search ${expression}`);
      }
    },

    userPrivileges: () =>
      call('read your privileges (_security/user/_privileges)', () =>
        client.security.getUserPrivileges(undefined, transport),
      ),

    async username() {
      const me = await call('authenticate you', () => client.security.authenticate(undefined, transport));
      return me.username;
    },
  };
}
