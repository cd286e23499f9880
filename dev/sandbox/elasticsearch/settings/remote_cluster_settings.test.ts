import { configuredRemotes, isRemoteConnectionEnabled, remoteConnectionMode } from './remote_cluster_settings';

describe('remote cluster settings', () => {
  it.each([
    ['sniff by default', {}, 'sniff'],
    ['proxy when set', { 'cluster.remote.a.mode': 'proxy' }, 'proxy'],
    ['proxy in any case', { 'cluster.remote.a.mode': 'PROXY' }, 'proxy'],
  ])('mode: %s', (_name, settings, mode) => {
    expect(remoteConnectionMode(settings, 'a')).toBe(mode);
  });

  it.each([
    ['no settings', {}, false],
    ['seeds in sniff mode', { 'cluster.remote.a.seeds': ['h:9300'] }, true],
    ['empty seeds', { 'cluster.remote.a.seeds': [] }, false],
    [
      'proxy address in proxy mode',
      { 'cluster.remote.a.mode': 'proxy', 'cluster.remote.a.proxy_address': 'h:9443' },
      true,
    ],
    ['empty proxy address', { 'cluster.remote.a.mode': 'proxy', 'cluster.remote.a.proxy_address': '' }, false],
    ['proxy address under sniff mode', { 'cluster.remote.a.proxy_address': 'h:9443' }, false],
  ])('enabled: %s', (_name, settings, enabled) => {
    expect(isRemoteConnectionEnabled(settings, 'a')).toBe(enabled);
  });

  it('lists enabled remotes with defaults filled in, sorted by alias', () => {
    const remotes = configuredRemotes({
      'cluster.remote.z.mode': 'proxy',
      'cluster.remote.z.proxy_address': 'h:9443',
      'cluster.remote.a.seeds': 'h1:9300,h2:9300',
      'cluster.remote.a.skip_unavailable': 'false',
      'cluster.remote.leftover.skip_unavailable': 'true',
    });
    expect(remotes).toEqual([
      { alias: 'a', mode: 'sniff', seeds: ['h1:9300', 'h2:9300'], nodeConnections: 3, skipUnavailable: false },
      {
        alias: 'z',
        mode: 'proxy',
        proxyAddress: 'h:9443',
        serverName: '',
        proxySocketConnections: 18,
        skipUnavailable: undefined,
      },
    ]);
  });

  it('takes node_connections from the node-wide connections_per_cluster when unset', () => {
    const [remote] = configuredRemotes({
      'cluster.remote.a.seeds': ['h:9300'],
      'cluster.remote.connections_per_cluster': '5',
    });
    expect(remote).toMatchObject({ nodeConnections: 5 });
  });
});
