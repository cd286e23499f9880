import { grantsForAlias, uncoveredParts, wildcardMatch } from './role_coverage';

describe('role coverage of a remote index pattern', () => {
  it.each([
    ['*', 'logs', true],
    ['logs-*', 'logs-app-*', true],
    ['logs-*', 'metrics-*', false],
    ['logs', 'logs', true],
    ['l.gs', 'logs', false],
    ['eck-*-prod', 'eck-a-prod', true],
  ])('%s matches %s: %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });

  const privileges = {
    remote_indices: [
      { clusters: ['logs', 'archive-*'], names: ['logs-*'], privileges: ['read', 'view_index_metadata'] },
      { clusters: ['*'], names: 'metrics-*', privileges: ['view_index_metadata'] },
      { clusters: ['other'], names: ['*'], privileges: ['all'] },
    ],
  } as never;

  it('keeps the grants whose clusters match the alias', () => {
    expect(grantsForAlias(privileges, 'logs').map((grant) => grant.names)).toEqual([['logs-*'], ['metrics-*']]);
    expect(grantsForAlias(privileges, 'archive-eu')).toHaveLength(2);
    expect(grantsForAlias({ remote_indices: undefined }, 'logs')).toEqual([]);
  });

  it('names the parts no grant lets the user search', () => {
    const grants = grantsForAlias(privileges, 'logs');
    expect(uncoveredParts(grants, 'logs-app-*,metrics-*,traces')).toEqual(['metrics-*', 'traces']);
    expect(uncoveredParts(grants, 'logs-web')).toEqual([]);
  });
});
