import { applySettingsUpdate, type ClusterSettingsState } from './settings_update';
import type { SettingsChange } from './settings_tree';

const EMPTY: ClusterSettingsState = { persistent: {}, transient: {} };
const PROXY_REMOTE = {
  'cluster.remote.eck.mode': 'proxy',
  'cluster.remote.eck.proxy_address': 'es.example.com:9443',
  'cluster.remote.eck.server_name': 'quickstart-es-remote-cluster.default.svc',
  'cluster.remote.eck.skip_unavailable': 'true',
};
const SNIFF_REMOTE = { 'cluster.remote.old.seeds': ['10.0.0.1:9300'], 'cluster.remote.old.node_connections': '3' };

function persistent(change: SettingsChange) {
  return { persistent: change, transient: {} };
}

describe('applySettingsUpdate: what is stored', () => {
  it.each<[string, ClusterSettingsState, SettingsChange, Record<string, unknown>]>([
    ['adds a proxy remote', EMPTY, PROXY_REMOTE, PROXY_REMOTE],
    [
      'null deletes one key',
      { ...EMPTY, persistent: PROXY_REMOTE },
      { 'cluster.remote.eck.server_name': null },
      { ...PROXY_REMOTE, 'cluster.remote.eck.server_name': undefined },
    ],
    [
      'null on every key deletes the remote',
      { ...EMPTY, persistent: PROXY_REMOTE },
      Object.fromEntries(Object.keys(PROXY_REMOTE).map((key) => [key, null])),
      {},
    ],
    [
      'a wildcard null deletes a whole remote',
      { ...EMPTY, persistent: { ...PROXY_REMOTE, ...SNIFF_REMOTE } },
      { 'cluster.remote.eck.*': null },
      SNIFF_REMOTE,
    ],
    ['deleting a key that is not set is fine', EMPTY, { 'cluster.remote.eck.server_name': null }, {}],
    [
      'switching mode works when the other mode keys are nulled in the same request',
      { ...EMPTY, persistent: SNIFF_REMOTE },
      {
        'cluster.remote.old.seeds': null,
        'cluster.remote.old.node_connections': null,
        'cluster.remote.old.mode': 'proxy',
        'cluster.remote.old.proxy_address': 'es.example.com:9443',
      },
      { 'cluster.remote.old.mode': 'proxy', 'cluster.remote.old.proxy_address': 'es.example.com:9443' },
    ],
    [
      'deletes happen before puts, so a remote can be cleared and set again',
      { ...EMPTY, persistent: PROXY_REMOTE },
      {
        'cluster.remote.eck.*': null,
        'cluster.remote.eck.mode': 'proxy',
        'cluster.remote.eck.proxy_address': 'b:9443',
      },
      { 'cluster.remote.eck.mode': 'proxy', 'cluster.remote.eck.proxy_address': 'b:9443' },
    ],
  ])('%s', (_name, current, change, expected) => {
    const outcome = applySettingsUpdate(current, persistent(change));
    expect(outcome).toMatchObject({ ok: true });
    if (outcome.ok) expect(outcome.settings.persistent).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('answers with the keys it applied, not the whole state, and never the deleted ones', () => {
    const outcome = applySettingsUpdate(
      { ...EMPTY, persistent: PROXY_REMOTE },
      persistent({ 'cluster.remote.eck.server_name': null, 'cluster.remote.eck.skip_unavailable': 'false' }),
    );
    expect(outcome).toMatchObject({
      ok: true,
      changed: true,
      applied: { persistent: { 'cluster.remote.eck.skip_unavailable': 'false' } },
    });
  });

  it('reports no change when the values are already there', () => {
    const outcome = applySettingsUpdate({ ...EMPTY, persistent: PROXY_REMOTE }, persistent(PROXY_REMOTE));
    expect(outcome).toMatchObject({ ok: true, changed: false });
  });
});

describe('applySettingsUpdate: what is refused (400 illegal_argument_exception)', () => {
  it.each<[string, ClusterSettingsState, SettingsChange, SettingsChange, string]>([
    ['an unknown setting', EMPTY, { 'foo.bar': 'x' }, {}, 'persistent setting [foo.bar], not recognized'],
    ['an unknown transient setting', EMPTY, {}, { 'foo.bar': 'x' }, 'transient setting [foo.bar], not recognized'],
    [
      'null on a remote group (not a setting)',
      EMPTY,
      { 'cluster.remote.eck': null },
      {},
      'persistent setting [cluster.remote.eck], not recognized',
    ],
    [
      'a static node setting',
      EMPTY,
      { 'cluster.remote.initial_connect_timeout': '10s' },
      {},
      'persistent setting [cluster.remote.initial_connect_timeout], not dynamically updateable',
    ],
    [
      'keystore credentials',
      EMPTY,
      { 'cluster.remote.eck.credentials': 'secret' },
      {},
      'persistent setting [cluster.remote.eck.credentials], not dynamically updateable',
    ],
    [
      'seeds on a proxy remote',
      { ...EMPTY, persistent: PROXY_REMOTE },
      { 'cluster.remote.eck.seeds': ['a:9300'] },
      {},
      'Setting "cluster.remote.eck.seeds" cannot be used with the configured "cluster.remote.eck.mode" [required=SNIFF, configured=PROXY]',
    ],
    [
      'a proxy address on a sniff remote',
      { ...EMPTY, persistent: SNIFF_REMOTE },
      { 'cluster.remote.old.proxy_address': 'a:9443' },
      {},
      'Setting "cluster.remote.old.proxy_address" cannot be used with the configured "cluster.remote.old.mode" [required=PROXY, configured=SNIFF]',
    ],
    [
      'switching to proxy while the seeds stay',
      { ...EMPTY, persistent: SNIFF_REMOTE },
      { 'cluster.remote.old.mode': 'proxy', 'cluster.remote.old.proxy_address': 'a:9443' },
      {},
      'Setting "cluster.remote.old.node_connections" cannot be used with the configured "cluster.remote.old.mode" [required=SNIFF, configured=PROXY]',
    ],
    [
      'a proxy address without proxy mode',
      EMPTY,
      { 'cluster.remote.eck.proxy_address': 'a:9443' },
      {},
      'Setting "cluster.remote.eck.proxy_address" cannot be used with the configured "cluster.remote.eck.mode" [required=PROXY, configured=SNIFF]',
    ],
    [
      'proxy mode in persistent and its address in transient (each scope stands alone)',
      { ...EMPTY, persistent: { 'cluster.remote.eck.mode': 'proxy' } },
      {},
      { 'cluster.remote.eck.proxy_address': 'a:9443' },
      'Setting "cluster.remote.eck.proxy_address" cannot be used with the configured "cluster.remote.eck.mode" [required=PROXY, configured=SNIFF]',
    ],
    [
      'skip_unavailable on a remote without an address',
      EMPTY,
      { 'cluster.remote.eck.skip_unavailable': 'true' },
      {},
      'Cannot configure setting [cluster.remote.eck.skip_unavailable] if remote cluster is not enabled.',
    ],
    [
      'deleting the address but leaving skip_unavailable',
      { ...EMPTY, persistent: PROXY_REMOTE },
      {
        'cluster.remote.eck.proxy_address': null,
        'cluster.remote.eck.server_name': null,
        'cluster.remote.eck.mode': null,
      },
      {},
      'Cannot configure setting [cluster.remote.eck.skip_unavailable] if remote cluster is not enabled.',
    ],
    [
      'a bad mode',
      EMPTY,
      { 'cluster.remote.eck.mode': 'direct' },
      {},
      'No enum constant org.elasticsearch.transport.RemoteConnectionStrategy.ConnectionStrategy.DIRECT',
    ],
    [
      'a proxy address without a port',
      EMPTY,
      { 'cluster.remote.eck.mode': 'proxy', 'cluster.remote.eck.proxy_address': 'es.example.com' },
      {},
      'remote hosts need to be configured as [host:port], found [es.example.com] instead',
    ],
    [
      'a socket count below one',
      { ...EMPTY, persistent: PROXY_REMOTE },
      { 'cluster.remote.eck.proxy_socket_connections': '0' },
      {},
      'Failed to parse value [0] for setting [cluster.remote.eck.proxy_socket_connections] must be >= 1',
    ],
    [
      'transient is checked before persistent',
      EMPTY,
      { 'foo.persistent': 'x' },
      { 'foo.transient': 'x' },
      'transient setting [foo.transient], not recognized',
    ],
  ])('%s', (_name, current, persistentChange, transientChange, reason) => {
    expect(applySettingsUpdate(current, { persistent: persistentChange, transient: transientChange })).toEqual({
      ok: false,
      reason,
    });
  });
});
