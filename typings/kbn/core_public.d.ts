// Subset of `@kbn/core/public` (Kibana 9.x) used by the plugin.
import type { History } from 'history';

export interface HttpFetchQuery {
  [key: string]: string | number | boolean | undefined | null;
}
export interface HttpFetchOptions {
  query?: HttpFetchQuery;
  body?: string | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  asSystemRequest?: boolean;
  version?: string;
}
export interface HttpStart {
  basePath: { get(): string; prepend(path: string): string };
  get<TResponseBody = unknown>(path: string, options?: HttpFetchOptions): Promise<TResponseBody>;
  post<TResponseBody = unknown>(path: string, options?: HttpFetchOptions): Promise<TResponseBody>;
  put<TResponseBody = unknown>(path: string, options?: HttpFetchOptions): Promise<TResponseBody>;
  delete<TResponseBody = unknown>(path: string, options?: HttpFetchOptions): Promise<TResponseBody>;
}
/** What `core.http` rejects with: the response body is Kibana's error body. */
export interface IHttpFetchError<TResponseBody = unknown> extends Error {
  readonly request: Request;
  readonly response?: Response;
  readonly body?: TResponseBody;
}

export interface ToastInput {
  title?: string;
  text?: string;
  'data-test-subj'?: string;
}
export interface IToasts {
  addSuccess(toast: ToastInput | string): unknown;
  addWarning(toast: ToastInput | string): unknown;
  addDanger(toast: ToastInput | string): unknown;
  addError(error: Error, options: { title: string; toastMessage?: string }): unknown;
}

export interface ApplicationStart {
  navigateToApp(appId: string, options?: { path?: string; state?: unknown; replace?: boolean }): Promise<void>;
  getUrlForApp(appId: string, options?: { path?: string; absolute?: boolean }): string;
}

export interface ChromeBreadcrumb {
  text: string;
  href?: string;
  'data-test-subj'?: string;
}

export interface CoreStart {
  http: HttpStart;
  notifications: { toasts: IToasts };
  application: ApplicationStart;
  /** Passed through to `KibanaRenderContextProvider` untouched. */
  i18n: unknown;
  theme: unknown;
  analytics: unknown;
  userProfile: unknown;
  executionContext: unknown;
}
export interface CoreSetup<TPluginsStart extends object = object> {
  getStartServices(): Promise<[CoreStart, TPluginsStart, unknown]>;
}
export interface PluginInitializerContext {
  readonly env: { packageInfo: { version: string } };
}
export interface Plugin<
  TSetup = void,
  TStart = void,
  TPluginsSetup extends object = object,
  TPluginsStart extends object = object,
> {
  setup(core: CoreSetup<TPluginsStart>, plugins: TPluginsSetup): TSetup;
  start(core: CoreStart, plugins: TPluginsStart): TStart;
  stop?(): void;
}

export type ScopedHistory<HistoryLocationState = unknown> = History<HistoryLocationState>;
