import { doneStep } from '../api_key/test_observations';
import type { ConnectionTarget } from '../plan_types';
import { configureCertificateRemoteStep } from './configure_remote_step';
import { certificateRemote } from './test_observations';

const target: ConnectionTarget = { alias: 'logs', namespace: 'search-prod', name: 'logs', mode: 'certificate' };
const options = { skipUnavailable: true, replaceExisting: false };
const configure = (
  verificationMode: 'full' | 'certificate' | null,
  localRemote = null as ReturnType<typeof certificateRemote> | null,
) =>
  configureCertificateRemoteStep({
    target,
    proxyAddress: '203.0.113.9:9300',
    options,
    localRemote,
    exposeStep: doneStep(),
    verificationMode,
  });
const remoteSettings = (result: ReturnType<typeof configure>) =>
  (result.changes[0] as { body: { persistent: { cluster: { remote: Record<string, unknown> } } } }).body.persistent
    .cluster.remote.logs;

describe('configure the remote in proxy mode on 9300', () => {
  it.each([
    ['full verification: the transport service name', 'full' as const, 'logs-es-transport.search-prod.svc'],
    ['certificate verification: no server_name', 'certificate' as const, null],
    ['unknown: the name, which works either way', null, 'logs-es-transport.search-prod.svc'],
  ])('%s', (_, mode, serverName) => {
    const result = configure(mode);
    expect(result.status).toBe('ready');
    expect(remoteSettings(result)).toMatchObject({
      mode: 'proxy',
      proxy_address: '203.0.113.9:9300',
      server_name: serverName,
    });
  });

  it('warns when the verification mode had to be assumed', () => {
    expect(configure(null).warnings.join(' ')).toContain('verification mode is unknown');
    expect(configure('full').warnings).toEqual([]);
  });

  it.each([
    ['configured as planned', 'full' as const, certificateRemote(), 'done'],
    [
      'configured without server_name under certificate verification',
      'certificate' as const,
      certificateRemote({ serverName: null }),
      'done',
    ],
    ['another remote has the alias', 'full' as const, certificateRemote({ proxyAddress: 'old:9300' }), 'blocked'],
    [
      'the alias has API key credentials, even when confirmed',
      'full' as const,
      certificateRemote({ proxyAddress: 'lb:9443', hasCredentials: true }),
      'blocked',
    ],
  ])('%s → %s', (_, mode, existing, status) => {
    expect(configure(mode, existing).status).toBe(status);
  });
});
