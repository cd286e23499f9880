import { applyFilterPath } from './filter_path';

const REMOTE_INFO = {
  eck: { connected: true, mode: 'proxy', proxy_address: 'h:9443' },
  old: { connected: false, mode: 'sniff', seeds: ['a:9300'] },
};

describe('applyFilterPath', () => {
  it.each<[string, string | null, unknown]>([
    ['no filter', null, REMOTE_INFO],
    ['one field', 'eck.connected', { eck: { connected: true } }],
    ['a wildcard level', '*.connected', { eck: { connected: true }, old: { connected: false } }],
    ['a partial wildcard', '*.proxy_*', { eck: { proxy_address: 'h:9443' } }],
    ['any depth', '**.seeds', { old: { seeds: ['a:9300'] } }],
    ['several paths', 'eck.mode,old.mode', { eck: { mode: 'proxy' }, old: { mode: 'sniff' } }],
    ['an exclusion', '-*.seeds', { eck: REMOTE_INFO.eck, old: { connected: false, mode: 'sniff' } }],
    ['nothing matches', 'nope', {}],
  ])('%s', (_name, filter, expected) => {
    expect(applyFilterPath(REMOTE_INFO, filter)).toEqual(expected);
  });

  it('looks through arrays', () => {
    expect(applyFilterPath({ hits: [{ a: 1, b: 2 }, { a: 3 }] }, 'hits.a')).toEqual({ hits: [{ a: 1 }, { a: 3 }] });
  });
});
