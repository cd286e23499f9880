import type { estypes } from '@elastic/elasticsearch';
import {
  NO_REASON_GIVEN,
  REMOTE_CONNECTION_TIMEOUT_ERROR,
  remoteStatusFromProbe,
  resolveClusterTakesTimeout,
  type ProbeAnswer,
} from './remote_status_from_probe';

const info = (connected: boolean) =>
  ({
    mode: 'proxy',
    connected,
    proxy_address: 'logs.example.com:9443',
    server_name: '',
    num_proxy_sockets_connected: connected ? 18 : 0,
    max_proxy_socket_connections: 18,
    initial_connect_timeout: '30s',
    skip_unavailable: true,
  }) as estypes.ClusterRemoteInfoClusterRemoteInfo;

const answered = (entry: estypes.IndicesResolveClusterResolveClusterInfo | undefined): ProbeAnswer => ({
  kind: 'answered',
  entry,
});

describe('remote status from a probe', () => {
  it.each<[string, boolean, ProbeAnswer, object]>([
    [
      'connected, with the version the remote reported',
      false,
      answered({
        connected: true,
        skip_unavailable: true,
        version: { number: '9.1.5' } as estypes.ElasticsearchVersionMinInfo,
      }),
      { state: 'connected', version: '9.1.5', remoteInfoConnected: false },
    ],
    [
      'timed out on the Elasticsearch side, named as such',
      true,
      answered({ connected: false, skip_unavailable: true, error: REMOTE_CONNECTION_TIMEOUT_ERROR }),
      { state: 'timed_out', reason: `No answer within 2000 ms: ${REMOTE_CONNECTION_TIMEOUT_ERROR}.` },
    ],
    [
      'no answer from the local cluster by the deadline',
      true,
      { kind: 'no_answer', reason: 'The local cluster did not answer within 2500 ms.' },
      { state: 'timed_out', reason: 'The local cluster did not answer within 2500 ms.' },
    ],
    [
      'disconnected with the reason Elasticsearch gave',
      true,
      answered({ connected: false, skip_unavailable: true, error: 'unable to authenticate user [x]' }),
      { state: 'disconnected', reason: 'unable to authenticate user [x]' },
    ],
    [
      'disconnected without a reason: connection and TLS failures carry none',
      false,
      answered({ connected: false, skip_unavailable: false }),
      { state: 'disconnected', reason: NO_REASON_GIVEN },
    ],
    [
      'missing from the answer',
      false,
      answered(undefined),
      { state: 'disconnected', reason: 'Elasticsearch did not report this remote in its answer.' },
    ],
  ])('%s', (_, remoteInfoConnected, answer, expected) => {
    expect(remoteStatusFromProbe('logs', info(remoteInfoConnected), answer, 2000)).toMatchObject({
      alias: 'logs',
      skipUnavailable: true,
      ...expected,
    });
  });

  it.each([
    ['8.18.2', false],
    ['8.19.0', true],
    ['9.0.4', false],
    ['9.1.0', true],
    ['9.5.0', true],
    ['not a version', false],
  ])('_resolve/cluster on %s takes a timeout: %s', (version, expected) => {
    expect(resolveClusterTakesTimeout(version)).toBe(expected);
  });
});
