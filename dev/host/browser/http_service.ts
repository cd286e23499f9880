import type { HttpFetchOptions, HttpStart, IHttpFetchError } from '@kbn/core/public';

class HttpFetchError extends Error implements IHttpFetchError {
  constructor(
    message: string,
    readonly request: Request,
    readonly response?: Response,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'HttpFetchError';
  }
}

/**
 * Kibana's browser HTTP client as the app sees it: JSON in and out, Kibana's headers on every
 * request, and rejections carrying the error body.
 */
export function createHttpService(basePath = ''): HttpStart {
  async function request<T>(method: string, path: string, options: HttpFetchOptions = {}): Promise<T> {
    const url = new URL(basePath + path, window.location.origin);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    const fetchRequest = new Request(url, {
      method,
      body: options.body ?? undefined,
      signal: options.signal,
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        'kbn-xsrf': 'kibana',
        'x-elastic-internal-origin': 'kibana',
        ...(options.version ? { 'elastic-api-version': options.version } : {}),
        ...options.headers,
      },
    });
    let response: Response;
    try {
      response = await fetch(fetchRequest);
    } catch (error) {
      throw new HttpFetchError((error as Error).message, fetchRequest);
    }
    const text = await response.text();
    const body = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      throw new HttpFetchError(body?.message ?? response.statusText, fetchRequest, response, body);
    }
    return body as T;
  }

  return {
    basePath: { get: () => basePath, prepend: (path: string) => basePath + path },
    get: (path, options) => request('GET', path, options),
    post: (path, options) => request('POST', path, options),
    put: (path, options) => request('PUT', path, options),
    delete: (path, options) => request('DELETE', path, options),
  };
}
