import type { estypes } from '@elastic/elasticsearch';
import { PluginError } from '../../common/errors/plugin_error';
import type { CrossClusterGateway } from '../gateways/elasticsearch/cross_cluster_gateway';
import { probeRemoteStatus } from './probe_remote_status';

const remote = { mode: 'sniff', connected: true, skip_unavailable: true, seeds: [], num_nodes_connected: 1 };
const REMOTE_INFO = { a: remote, b: remote, hung: remote } as unknown as estypes.ClusterRemoteInfoResponse;

type ResolveRequest = Parameters<CrossClusterGateway['resolveClusters']>[0];

function gatewayAnswering(version: string, resolve: (request: ResolveRequest) => Promise<object>) {
  const requests: ResolveRequest[] = [];
  const gateway = {
    remoteInfo: async () => REMOTE_INFO,
    clusterVersion: async () => version,
    resolveClusters: (request: ResolveRequest) => {
      requests.push(request);
      return resolve(request);
    },
  } as unknown as CrossClusterGateway;
  return { gateway, requests };
}

const timeout = () => Promise.reject(new PluginError('ELASTICSEARCH_TIMEOUT', 'no answer'));

describe('probing every remote', () => {
  it('asks Elasticsearch once, with the timeout, where it takes one', async () => {
    const { gateway, requests } = gatewayAnswering('9.1.5', async () => ({
      a: { connected: true, skip_unavailable: true },
      b: { connected: false, skip_unavailable: true },
      hung: {
        connected: false,
        skip_unavailable: true,
        error: 'Request timed out before receiving a response from the remote cluster',
      },
    }));
    const status = await probeRemoteStatus(gateway, 2000);
    expect(requests).toEqual([{ timeout: '2000ms', deadlineMs: 2500 }]);
    expect(status.remotes.map((r) => [r.alias, r.state])).toEqual([
      ['a', 'connected'],
      ['b', 'disconnected'],
      ['hung', 'timed_out'],
    ]);
    expect(status.timeoutMs).toBe(2000);
  });

  it('names every remote timed out when the local cluster itself does not answer by the deadline', async () => {
    const { gateway } = gatewayAnswering('9.1.5', timeout);
    const status = await probeRemoteStatus(gateway, 1000);
    expect(status.remotes.every((r) => r.state === 'timed_out')).toBe(true);
    expect(status.remotes[0].reason).toBe('The local cluster did not answer within 1500 ms.');
  });

  it('probes each alias on its own, bounded by the client, before 8.19', async () => {
    const { gateway, requests } = gatewayAnswering('8.18.1', (request) =>
      request.expression === 'hung:*'
        ? timeout()
        : Promise.resolve({ [request.expression!.split(':')[0]]: { connected: true, skip_unavailable: true } }),
    );
    const status = await probeRemoteStatus(gateway, 1000);
    expect(requests).toEqual([
      { expression: 'a:*', deadlineMs: 1000 },
      { expression: 'b:*', deadlineMs: 1000 },
      { expression: 'hung:*', deadlineMs: 1000 },
    ]);
    expect(status.remotes.map((r) => [r.alias, r.state, r.reason])).toEqual([
      ['a', 'connected', undefined],
      ['b', 'connected', undefined],
      ['hung', 'timed_out', 'No answer within 1000 ms.'],
    ]);
  });

  it('fails as the local cluster failed for any other error', async () => {
    const { gateway } = gatewayAnswering('9.1.5', () =>
      Promise.reject(new PluginError('ELASTICSEARCH_FORBIDDEN', 'Elasticsearch refused (403)')),
    );
    await expect(probeRemoteStatus(gateway, 1000)).rejects.toMatchObject({ code: 'ELASTICSEARCH_FORBIDDEN' });
  });
});
