import { toKubernetesPluginError } from './kubernetes_errors';

const list = { verb: 'list', resource: 'elasticsearches' };
const apiException = (code: number, body: unknown) => Object.assign(new Error(`HTTP-Code: ${code}`), { code, body });

describe('toKubernetesPluginError', () => {
  it.each([
    [apiException(401, '{"message":"Unauthorized"}'), 'KUBERNETES_UNAUTHORIZED'],
    [
      apiException(403, { message: 'elasticsearches is forbidden: User "x" cannot list resource' }),
      'KUBERNETES_FORBIDDEN',
    ],
    [apiException(404, { message: 'the server could not find the requested resource' }), 'ECK_CRD_MISSING'],
    [apiException(500, 'not json'), 'KUBERNETES_ERROR'],
    [apiException(409, { message: 'services "x" already exists' }), 'KUBERNETES_CONFLICT'],
    [
      Object.assign(new Error('The operation was aborted.'), { name: 'AbortError', type: 'aborted' }),
      'KUBERNETES_TIMEOUT',
    ],
    [
      Object.assign(new Error('request to https://k8s failed'), { code: 'ECONNREFUSED', type: 'system' }),
      'KUBERNETES_UNREACHABLE',
    ],
  ])('%s → %s', (error, code) => {
    expect(toKubernetesPluginError(error, list).code).toBe(code);
  });

  it("keeps the API server's Status message, which names the missing permission", () => {
    const error = toKubernetesPluginError(
      apiException(403, { message: 'services is forbidden: User "kibana" cannot list resource "services"' }),
      { verb: 'list', resource: 'services' },
    );
    expect(error.message).toBe(
      'Kubernetes refused to list services (403 Forbidden): services is forbidden: User "kibana" cannot list resource "services"',
    );
  });

  it('a 404 on another resource is not a missing CRD', () => {
    expect(toKubernetesPluginError(apiException(404, {}), { verb: 'get', resource: 'secrets' }).code).toBe(
      'KUBERNETES_ERROR',
    );
  });
});
