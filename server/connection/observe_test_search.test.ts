import type { estypes } from '@elastic/elasticsearch';
import { PluginError } from '../../common/errors/plugin_error';
import type { CrossClusterGateway } from '../gateways/elasticsearch/cross_cluster_gateway';
import { observeTestSearch, TEST_SEARCH_DEADLINE_MS } from './observe_test_search';

const shards = { total: 2, successful: 2, skipped: 0, failed: 0 };
const response = (extra: Partial<estypes.SearchResponse>) =>
  ({ took: 1, timed_out: false, _shards: shards, hits: { hits: [] }, ...extra }) as estypes.SearchResponse;

function gatewayAnswering(answer: () => ReturnType<CrossClusterGateway['sizeZeroSearch']>) {
  const calls: Array<[string, number]> = [];
  const gateway = {
    sizeZeroSearch: (expression: string, deadlineMs: number) => {
      calls.push([expression, deadlineMs]);
      return answer();
    },
  } as unknown as CrossClusterGateway;
  return { gateway, calls };
}

describe('the test search, as observed', () => {
  it('searches the expression with a deadline, and reads every cluster of _clusters.details', async () => {
    const { gateway, calls } = gatewayAnswering(async () => ({
      ok: true,
      response: response({
        _clusters: {
          total: 1,
          successful: 0,
          skipped: 1,
          running: 0,
          partial: 0,
          failed: 0,
          details: {
            logs: {
              status: 'skipped',
              indices: 'logs-*',
              timed_out: false,
              failures: [
                {
                  shard: -1,
                  reason: { type: 'connect_transport_exception', reason: 'unable to connect' },
                },
              ],
            },
          },
        } as estypes.ClusterStatistics,
      }),
    }));
    expect(await observeTestSearch(gateway, 'logs', 'logs:logs-*')).toEqual({
      ok: true,
      value: { kind: 'answered', clusters: [{ cluster: 'logs', status: 'skipped', failures: ['unable to connect'] }] },
    });
    expect(calls).toEqual([['logs:logs-*', TEST_SEARCH_DEADLINE_MS]]);
  });

  it('falls back on _shards when Elasticsearch gives no per-cluster details', async () => {
    const { gateway } = gatewayAnswering(async () => ({ ok: true, response: response({}) }));
    expect(await observeTestSearch(gateway, 'logs', 'logs:logs-*')).toEqual({
      ok: true,
      value: { kind: 'answered', clusters: [{ cluster: 'logs', status: 'successful', failures: [] }] },
    });
  });

  it('keeps a refusal as an answer and a timeout as a failed read', async () => {
    const refusal = { status: 403, type: 'security_exception', reason: 'no remote indices privileges apply' };
    const refused = gatewayAnswering(async () => ({ ok: false, refused: refusal }));
    expect(await observeTestSearch(refused.gateway, 'logs', 'logs:logs-*')).toEqual({
      ok: true,
      value: { kind: 'refused', status: 403, reason: 'no remote indices privileges apply' },
    });
    const timedOut = gatewayAnswering(async () => {
      throw new PluginError('ELASTICSEARCH_TIMEOUT', 'search logs:logs-* did not answer in time');
    });
    expect(await observeTestSearch(timedOut.gateway, 'logs', 'logs:logs-*')).toEqual({
      ok: false,
      error: 'search logs:logs-* did not answer in time',
    });
  });
});
