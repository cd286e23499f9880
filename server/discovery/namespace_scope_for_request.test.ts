import { namespaceScopeForRequest } from './namespace_scope_for_request';

describe('namespaceScopeForRequest', () => {
  it.each([
    [[], undefined, { all: true }],
    [[], 'prod', { all: false, namespaces: ['prod'] }],
    [['prod', 'dev'], undefined, { all: false, namespaces: ['prod', 'dev'] }],
    [['prod', 'dev'], 'dev', { all: false, namespaces: ['dev'] }],
  ])('allow-list %j, requested %s → %j', (allowList, requested, expected) => {
    expect(namespaceScopeForRequest(allowList, requested)).toEqual(expected);
  });

  it('refuses a namespace outside the allow-list, naming the field', () => {
    expect(() => namespaceScopeForRequest(['prod'], 'kube-system')).toThrow(
      expect.objectContaining({ code: 'NAMESPACE_NOT_ALLOWED', field: 'namespace' }),
    );
  });
});
