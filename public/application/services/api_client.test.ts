import type { HttpFetchOptions, HttpStart } from '@kbn/core/public';
import { createApiClient } from './api_client';

function fakeHttp(body: unknown) {
  const get = jest.fn((_path: string, _options?: HttpFetchOptions) => Promise.resolve(body));
  const post = jest.fn((_path: string, _options?: HttpFetchOptions) => Promise.resolve(body));
  return { http: { get: get as HttpStart['get'], post: post as HttpStart['post'] }, get, post };
}

describe('api client', () => {
  it('lists the ECK clusters, passing the namespace and the API version', async () => {
    const response = { namespaces: ['elastic'], clusters: [] };
    const { http, get } = fakeHttp(response);
    const signal = new AbortController().signal;

    await expect(createApiClient(http).listEckClusters({ namespace: 'elastic' }, { signal })).resolves.toBe(response);

    expect(get).toHaveBeenCalledWith('/internal/eck_remote_clusters/eck_clusters', {
      query: { namespace: 'elastic' },
      signal,
      version: '1',
    });
  });

  it('gets the local cluster with the API version', async () => {
    const { http, get } = fakeHttp({ name: 'local' });

    await createApiClient(http).getLocalCluster();

    expect(get).toHaveBeenCalledWith('/internal/eck_remote_clusters/local_cluster', {
      signal: undefined,
      version: '1',
    });
  });

  it('asks for a plan and applies a step, sending the request as JSON with the API version', async () => {
    const { http, post } = fakeHttp({ applied: true });
    const request = {
      target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
      choices: {
        exposure: { type: 'address' as const, proxyAddress: 'eck.example.com:9443' },
        access: { search: [{ names: ['logs-*'] }] },
        skipUnavailable: true,
        replaceExisting: false,
      },
    };
    const signal = new AbortController().signal;

    await createApiClient(http).planApiKeyConnection(request, { signal });
    await createApiClient(http).applyApiKeyStep({ ...request, step: 'configure_remote' });

    expect(post).toHaveBeenCalledWith('/internal/eck_remote_clusters/connections/api_key/plan', {
      body: JSON.stringify(request),
      signal,
      version: '1',
    });
    expect(post).toHaveBeenCalledWith('/internal/eck_remote_clusters/connections/api_key/apply', {
      body: JSON.stringify({ ...request, step: 'configure_remote' }),
      signal: undefined,
      version: '1',
    });
  });

  it('passes rejections through untouched, for toApiError to read', async () => {
    const failure = Object.assign(new Error('Forbidden'), { body: { statusCode: 403 } });
    const http = {
      get: jest.fn(() => Promise.reject(failure)) as HttpStart['get'],
      post: jest.fn() as HttpStart['post'],
    };

    await expect(createApiClient(http).getLocalCluster()).rejects.toBe(failure);
  });
});
