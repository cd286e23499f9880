import { connectPath, matchRoute, remoteAddedPath, validatePath } from './app_routes';

describe('app routes', () => {
  it.each([
    ['', { page: 'overview' }],
    ['/', { page: 'overview' }],
    ['/connect/search-prod/logs-prod', { page: 'connect', namespace: 'search-prod', name: 'logs-prod' }],
    ['/connect/search-prod/logs-prod/', { page: 'connect', namespace: 'search-prod', name: 'logs-prod' }],
    ['/connect/a%20b/c', { page: 'connect', namespace: 'a b', name: 'c' }],
    ['/connect/search-prod', { page: 'notFound', pathname: '/connect/search-prod' }],
    ['/connect/%E0%A4%A/x', { page: 'notFound', pathname: '/connect/%E0%A4%A/x' }],
    ['/elsewhere', { page: 'notFound', pathname: '/elsewhere' }],
    ['/keys', { page: 'keys' }],
    ['/keys/x', { page: 'notFound', pathname: '/keys/x' }],
    ['/added', { page: 'remoteAdded' }],
    [
      '/added/search-prod/logs-prod',
      { page: 'remoteAdded', eckCluster: { namespace: 'search-prod', name: 'logs-prod' } },
    ],
    ['/added/search-prod', { page: 'notFound', pathname: '/added/search-prod' }],
    ['/validate', { page: 'validate' }],
    ['/validate/logs-prod', { page: 'validate', alias: 'logs-prod' }],
    ['/validate/x/y', { page: 'notFound', pathname: '/validate/x/y' }],
  ])('%s → %j', (pathname, route) => {
    expect(matchRoute(pathname)).toEqual(route);
  });

  it('builds the path it matches, encoding each segment', () => {
    expect(connectPath('search-prod', 'logs-prod')).toBe('/connect/search-prod/logs-prod');
    expect(matchRoute(connectPath('a/b', 'c d'))).toEqual({ page: 'connect', namespace: 'a/b', name: 'c d' });
    expect(matchRoute(remoteAddedPath({ namespace: 'a/b', name: 'c' }))).toEqual({
      page: 'remoteAdded',
      eckCluster: { namespace: 'a/b', name: 'c' },
    });
    expect(validatePath()).toBe('/validate');
    expect(matchRoute(validatePath('eu/prod'))).toEqual({ page: 'validate', alias: 'eu/prod' });
  });
});
