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

  it('passes rejections through untouched, for toApiError to read', async () => {
    const failure = Object.assign(new Error('Forbidden'), { body: { statusCode: 403 } });
    const http = {
      get: jest.fn(() => Promise.reject(failure)) as HttpStart['get'],
      post: jest.fn() as HttpStart['post'],
    };

    await expect(createApiClient(http).getLocalCluster()).rejects.toBe(failure);
  });
});
