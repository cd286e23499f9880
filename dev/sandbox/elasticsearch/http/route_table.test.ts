import { matchRoute, type Routable } from './route_table';

const ROUTES: Routable[] = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/_cluster/settings' },
  { method: 'PUT', path: '/_cluster/settings' },
  { method: 'PUT', path: '/_security/user/{username}' },
  { method: 'GET', path: '/_security/user/_has_privileges' },
];

describe('matchRoute', () => {
  it.each<[string, string, string, unknown]>([
    ['the root', 'GET', '/', { kind: 'found', route: ROUTES[0], pathParams: {} }],
    ['a trailing slash', 'PUT', '/_cluster/settings/', { kind: 'found', route: ROUTES[2] }],
    [
      'another method on a known path',
      'DELETE',
      '/_cluster/settings',
      { kind: 'other_methods', allowed: ['GET', 'PUT'] },
    ],
    ['an unknown path', 'GET', '/_nope', { kind: 'none' }],
    [
      'a path parameter',
      'PUT',
      '/_security/user/bob',
      { kind: 'found', route: ROUTES[3], pathParams: { username: 'bob' } },
    ],
    ['a literal over a parameter', 'GET', '/_security/user/_has_privileges', { kind: 'found', route: ROUTES[4] }],
  ])('%s', (_name, method, path, expected) => {
    expect(matchRoute(ROUTES, method, path)).toMatchObject(expected as object);
  });
});
