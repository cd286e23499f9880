import type { CoreStart, HttpFetchOptions, HttpStart } from '@kbn/core/public';
import type { KibanaErrorBody } from '../../../common/errors/plugin_error';

/**
 * Answers one API path: a fresh promise per call, so a test can change answers between calls.
 * POST responders get the parsed request body.
 */
export type Responder = (body?: unknown) => Promise<unknown>;

export const respondWith =
  (body: unknown): Responder =>
  () =>
    Promise.resolve(body);

/** Rejects the way `core.http` does: an Error whose `body` is Kibana's error body. */
export const failWith =
  (body: KibanaErrorBody): Responder =>
  () =>
    Promise.reject(Object.assign(new Error(body.message), { name: 'HttpFetchError', body }));

/** Never settles: the section stays loading. */
export const pending = (): Responder => () => new Promise<never>(() => {});

/** A response the test settles when it chooses. */
export function deferred() {
  let resolve: (body: unknown) => void = () => {};
  const responder: Responder = () =>
    new Promise((settle) => {
      resolve = settle;
    });
  return { responder, resolve: (body: unknown) => resolve(body) };
}

export const BASE_PATH = '/s/team';

/**
 * A CoreStart whose `http.get` and `http.post` answer each path from `responders` and
 * `postResponders`, and reject unknown paths loudly.
 */
export function createFakeCoreStart(
  responders: Record<string, Responder>,
  postResponders: Record<string, Responder> = {},
) {
  const httpGet = jest.fn((path: string, _options?: HttpFetchOptions) => {
    const responder = responders[path];
    return responder ? responder() : Promise.reject(new Error(`No fake response for GET ${path}`));
  });
  const httpPost = jest.fn((path: string, options?: HttpFetchOptions) => {
    const responder = postResponders[path];
    if (!responder) return Promise.reject(new Error(`No fake response for POST ${path}`));
    return responder(options?.body ? JSON.parse(options.body) : undefined);
  });
  const navigateToApp = jest.fn((_appId: string, _options?: { path?: string }) => Promise.resolve());
  const http = {
    basePath: { get: () => BASE_PATH, prepend: (path: string) => `${BASE_PATH}${path}` },
    // One untyped-response mock stands in for the generic `get<T>`.
    get: httpGet as HttpStart['get'],
    post: httpPost as HttpStart['post'],
    put: jest.fn(),
    delete: jest.fn(),
  } satisfies HttpStart;
  const coreStart: CoreStart = {
    http,
    notifications: {
      toasts: { addSuccess: jest.fn(), addWarning: jest.fn(), addDanger: jest.fn(), addError: jest.fn() },
    },
    application: { navigateToApp, getUrlForApp: jest.fn((appId: string) => `/app/${appId}`) },
    i18n: {},
    theme: {},
    analytics: {},
    userProfile: {},
    executionContext: {},
  };
  return { coreStart, httpGet, httpPost, navigateToApp };
}
