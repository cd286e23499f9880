import { flattenSettings, layerSettings, nestSettings, renderSettings, settingAsList } from './settings_tree';

describe('flattenSettings', () => {
  it.each([
    ['nested keys', { cluster: { remote: { a: { mode: 'proxy' } } } }, { 'cluster.remote.a.mode': 'proxy' }],
    ['dotted keys', { 'cluster.remote.a.mode': 'proxy' }, { 'cluster.remote.a.mode': 'proxy' }],
    ['both shapes in one body', { cluster: { 'remote.a.mode': 'proxy' } }, { 'cluster.remote.a.mode': 'proxy' }],
    ['numbers and booleans become strings', { a: { n: 18, b: true } }, { 'a.n': '18', 'a.b': 'true' }],
    ['lists keep their items as strings', { a: { seeds: ['h:1', 2] } }, { 'a.seeds': ['h:1', '2'] }],
    [
      'null is kept, to mean delete',
      { cluster: { remote: { a: { seeds: null } } } },
      { 'cluster.remote.a.seeds': null },
    ],
    ['null on a group is a null key for the group', { cluster: { remote: { a: null } } }, { 'cluster.remote.a': null }],
    ['no body', undefined, {}],
  ])('%s', (_name, input, expected) => {
    expect(flattenSettings(input)).toEqual(expected);
  });
});

describe('nestSettings and renderSettings', () => {
  const flat = {
    'cluster.remote.b.seeds': ['h:9300'],
    'cluster.remote.a.mode': 'proxy',
    'cluster.remote.a.transport.compress': 'true',
  };

  it('nests dotted keys, sorted', () => {
    expect(nestSettings(flat)).toEqual({
      cluster: { remote: { a: { mode: 'proxy', transport: { compress: 'true' } }, b: { seeds: ['h:9300'] } } },
    });
    expect(Object.keys((nestSettings(flat).cluster as { remote: object }).remote)).toEqual(['a', 'b']);
  });

  it('keeps dotted keys, sorted, when asked for flat settings', () => {
    expect(Object.keys(renderSettings(flat, true))).toEqual([
      'cluster.remote.a.mode',
      'cluster.remote.a.transport.compress',
      'cluster.remote.b.seeds',
    ]);
  });
});

describe('layerSettings', () => {
  it('lets later layers win key by key, as transient over persistent over node settings', () => {
    const node = { 'cluster.remote.a.mode': 'proxy', 'cluster.remote.a.proxy_address': 'node:9443' };
    const persistent = { 'cluster.remote.a.proxy_address': 'persistent:9443', 'cluster.remote.a.server_name': 'p' };
    const transient = { 'cluster.remote.a.server_name': 't' };
    expect(layerSettings(node, persistent, transient)).toEqual({
      'cluster.remote.a.mode': 'proxy',
      'cluster.remote.a.proxy_address': 'persistent:9443',
      'cluster.remote.a.server_name': 't',
    });
  });
});

describe('settingAsList', () => {
  it.each([
    [undefined, []],
    [
      ['a:1', 'b:2'],
      ['a:1', 'b:2'],
    ],
    ['a:1, b:2', ['a:1', 'b:2']],
    ['', []],
  ])('%j reads as %j', (value, expected) => {
    expect(settingAsList(value)).toEqual(expected);
  });
});
