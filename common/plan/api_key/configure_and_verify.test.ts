import type { ObservedLocalRemote } from '../observation';
import type { ConnectionTarget } from '../plan_types';
import { doneStep, observedLocalRemote } from './test_observations';
import { configureRemoteStep, type RemoteConnectionOptions } from './configure_remote_step';
import { verifyStep } from './verify_step';

const done = doneStep('x', 'Earlier');
const target: ConnectionTarget = { alias: 'logs', namespace: 'search-prod', name: 'logs', mode: 'api_key' };
const options: RemoteConnectionOptions = { skipUnavailable: true, replaceExisting: false };
const remote = observedLocalRemote;
const configure = (localRemote: ObservedLocalRemote | null, extra: Partial<RemoteConnectionOptions> = {}) =>
  configureRemoteStep({
    target,
    proxyAddress: '203.0.113.7:9443',
    options: { ...options, ...extra },
    localRemote,
    exposeStep: done,
  });

describe('configure the remote', () => {
  it('shows the exact cluster settings request: proxy mode, the server name from the certificate', () => {
    const result = configure(null);
    expect(result.status).toBe('ready');
    expect(result.changes[0]).toMatchObject({
      method: 'PUT',
      path: '/_cluster/settings',
      body: {
        persistent: {
          cluster: {
            remote: {
              logs: {
                mode: 'proxy',
                proxy_address: '203.0.113.7:9443',
                server_name: 'logs-es-remote-cluster.search-prod.svc',
                skip_unavailable: true,
                seeds: null,
                node_connections: null,
              },
            },
          },
        },
      },
    });
    expect(result.changes[0].command).toMatch(/^PUT _cluster\/settings\n\{/);
  });

  it.each([
    ['the same remote exists', remote(), {}, 'done'],
    ['another remote has the alias', remote({ proxyAddress: 'old-lb:9300', serverName: null }), {}, 'blocked'],
    [
      'the admin confirmed the replacement',
      remote({ proxyAddress: 'old-lb:9300' }),
      { replaceExisting: true },
      'ready',
    ],
    [
      'the alias is in elasticsearch.yml',
      remote({ source: 'node', mode: 'sniff', proxyAddress: null }),
      { replaceExisting: true },
      'blocked',
    ],
    ['skip_unavailable differs', remote({ skipUnavailable: false }), {}, 'blocked'],
  ] as const)('%s → %s', (_case, existing, extra, status) => {
    expect(configure(existing, extra).status).toBe(status);
  });

  it('waits for the proxy address', () => {
    expect(
      configureRemoteStep({
        target,
        proxyAddress: null,
        options,
        localRemote: null,
        exposeStep: { ...done, status: 'waiting' },
      }).status,
    ).toBe('blocked');
  });
});

describe('verify', () => {
  const input = { alias: 'logs', configureStep: done };
  it.each([
    ['not checked yet', remote(), null, 'ready'],
    ['connected with credentials', remote(), { ok: true, value: { connected: true } }, 'done'],
    [
      'not connected',
      remote({ connected: false }),
      { ok: true, value: { connected: false, error: 'unable to connect' } },
      'blocked',
    ],
    [
      'connected without credentials',
      remote({ hasCredentials: false }),
      { ok: true, value: { connected: true } },
      'blocked',
    ],
    ['check failed', remote(), { ok: false, error: 'timeout' }, 'blocked'],
  ] as const)('%s → %s', (_case, localRemote, resolution, status) => {
    expect(verifyStep({ ...input, localRemote, resolution }).status).toBe(status);
  });
});

describe('verify, with the steps it depends on', () => {
  const notConnected = { ok: true, value: { connected: false } } as const;
  const trust = { ...doneStep('trust_ca_on_local_nodes', "Trust the ECK cluster's CA on every local node") };
  const expectedServerName = 'logs-es-remote-cluster.search-prod.svc';

  it('waits for the manual steps not done yet, naming them, rather than calling the failure unexplained', () => {
    const result = verifyStep({
      alias: 'logs',
      configureStep: done,
      localRemote: remote({ connected: false }),
      resolution: notConnected,
      prerequisites: [doneStep(), { ...trust, status: 'manual' }],
      expectedServerName,
    });
    expect(result).toMatchObject({
      status: 'waiting',
      waitingFor: `"Trust the ECK cluster's CA on every local node"`,
      reason: `logs does not connect yet, as expected: "Trust the ECK cluster's CA on every local node" is not done.`,
    });
  });

  it('does not wait for an optional step', () => {
    const optional = { ...doneStep('role', 'Role'), status: 'ready' as const, optional: true };
    const result = verifyStep({
      alias: 'logs',
      configureStep: done,
      localRemote: remote({ connected: false }),
      resolution: notConnected,
      prerequisites: [optional],
    });
    expect(result.status).toBe('blocked');
  });

  it('names a server_name the certificate does not carry, even though the remote is not as planned', () => {
    const result = verifyStep({
      alias: 'logs',
      configureStep: { ...done, status: 'blocked' },
      localRemote: remote({ connected: false, serverName: 'logs.example.com' }),
      resolution: notConnected,
      prerequisites: [trust],
      expectedServerName,
    });
    expect(result.status).toBe('blocked');
    expect(result.reason).toBe(
      "logs does not connect: its server_name is logs.example.com, but the ECK cluster's certificate names logs-es-remote-cluster.search-prod.svc. Set server_name to logs-es-remote-cluster.search-prod.svc.",
    );
  });
});
