import { clusterPrivilegesGranting, CLUSTER_PRIVILEGES } from './cluster_privileges';
import { simpleMatch } from '../simple_match';
import { patternCovers } from './privilege_patterns';

describe('privilege patterns', () => {
  it.each([
    ['cluster:monitor/*', 'cluster:monitor/main', true],
    ['cluster:monitor/*', 'cluster:admin/settings/update', false],
    ['logs-*', 'logs-web', true],
    ['logs-*-prod', 'logs-web-prod', true],
    ['logs', 'logs-web', false],
  ])('%s matches %s: %s', (pattern, value, expected) => {
    expect(simpleMatch(pattern, value)).toBe(expected);
  });

  it.each([
    ['*', 'anything*', true],
    ['logs-*', 'logs-web-*', true],
    ['logs-web-*', 'logs-*', false],
    ['cluster:*', 'cluster:monitor/*', true],
    ['logs-*-prod', 'logs-*', false],
    ['logs-*', 'logs-web', true],
  ])('%s covers %s: %s', (general, specific, expected) => {
    expect(patternCovers(general, specific)).toBe(expected);
  });

  it('orders cluster privileges from least to most privileged', () => {
    const names = CLUSTER_PRIVILEGES.map((privilege) => privilege.name);
    expect(names[0]).toBe('none');
    expect(names[names.length - 1]).toBe('all');
    expect(names.indexOf('monitor')).toBeLessThan(names.indexOf('manage'));
  });

  it.each([
    ['cluster:monitor/main', ['monitor', 'manage', 'all']],
    ['cluster:monitor/remote/info', ['monitor', 'manage', 'all']],
    ['cluster:monitor/settings', ['monitor', 'manage', 'all']],
    ['cluster:monitor/xpack/license/get', ['monitor', 'manage', 'all']],
    ['cluster:admin/settings/update', ['manage', 'all']],
    ['cluster:admin/xpack/security/cross_cluster/api_key/create', ['manage_security', 'all']],
  ])('%s is granted by %j', (action, expected) => {
    expect(clusterPrivilegesGranting(action)).toEqual(expected);
  });
});
