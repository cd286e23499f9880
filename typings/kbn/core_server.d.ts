// Subset of `@kbn/core/server` (Kibana 9.x) used by the plugin.
import type { Client } from '@elastic/elasticsearch';
import type { Type } from '@kbn/config-schema';

export interface LogMeta {
  [key: string]: unknown;
}
export interface Logger {
  trace(message: string, meta?: LogMeta): void;
  debug(message: string, meta?: LogMeta): void;
  info(message: string, meta?: LogMeta): void;
  warn(errorOrMessage: string | Error, meta?: LogMeta): void;
  error(errorOrMessage: string | Error, meta?: LogMeta): void;
  fatal(errorOrMessage: string | Error, meta?: LogMeta): void;
  get(...childContextPaths: string[]): Logger;
}

export type ElasticsearchClient = Omit<Client, 'connectionPool' | 'serializer' | 'extend' | 'close' | 'diagnostic'>;
export interface IScopedClusterClient {
  readonly asInternalUser: ElasticsearchClient;
  readonly asCurrentUser: ElasticsearchClient;
}

export interface AuditEvent {
  message: string;
  event?: {
    action?: string;
    category?: string[];
    type?: string[];
    outcome?: 'success' | 'failure' | 'unknown';
  };
  error?: { code?: string; message?: string };
  [key: string]: unknown;
}
export interface AuditLogger {
  log(event: AuditEvent | undefined): void;
  readonly enabled: boolean;
}

export interface AuthenticatedUser {
  username: string;
  roles: readonly string[];
}

export interface CoreRequestHandlerContext {
  elasticsearch: { client: IScopedClusterClient };
  security: {
    audit: { logger: AuditLogger };
    authc: { getCurrentUser(): AuthenticatedUser | null };
  };
}
export interface RequestHandlerContext {
  core: Promise<CoreRequestHandlerContext>;
}

export interface KibanaRequest<P = unknown, Q = unknown, B = unknown> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly url: URL;
  readonly route: { path: string; method: string };
  readonly headers: Record<string, string | string[] | undefined>;
  /** rxjs Observables in Kibana; only `subscribe` is used. */
  readonly events: {
    aborted$: { subscribe(next: () => void): { unsubscribe(): void } };
    completed$: { subscribe(next: () => void): { unsubscribe(): void } };
  };
}

export interface ResponseErrorAttributes {
  [key: string]: unknown;
}
export type ResponseError = string | Error | { message: string | Error; attributes?: ResponseErrorAttributes };
export interface HttpResponseOptions<T = unknown> {
  body?: T;
  headers?: Record<string, string | string[]>;
}
export interface CustomHttpResponseOptions<T> extends HttpResponseOptions<T> {
  statusCode: number;
}
export interface IKibanaResponse<T = unknown> {
  readonly status: number;
  readonly payload?: T;
  readonly options: HttpResponseOptions<T>;
}
export interface KibanaResponseFactory {
  ok<T>(options?: HttpResponseOptions<T>): IKibanaResponse<T>;
  badRequest(options?: HttpResponseOptions<ResponseError>): IKibanaResponse;
  forbidden(options?: HttpResponseOptions<ResponseError>): IKibanaResponse;
  notFound(options?: HttpResponseOptions<ResponseError>): IKibanaResponse;
  conflict(options?: HttpResponseOptions<ResponseError>): IKibanaResponse;
  customError(options: CustomHttpResponseOptions<ResponseError>): IKibanaResponse;
}

export interface RouteValidationError extends Error {
  path?: string[];
}
export interface RouteValidationResultFactory {
  ok<T>(value: T): { value: T };
  badRequest(error: Error | string, path?: string[]): { error: RouteValidationError };
}
export type RouteValidationFunction<T> = (
  data: any,
  validationResult: RouteValidationResultFactory,
) => { value: T; error?: never } | { value?: never; error: RouteValidationError };

export type Privilege = string;
export interface PrivilegeSet {
  anyRequired?: Privilege[];
  allRequired?: Privilege[];
}
export interface AuthzEnabled {
  requiredPrivileges: Array<Privilege | PrivilegeSet>;
}
export interface AuthzDisabled {
  enabled: false;
  reason: string;
}
export interface RouteSecurity {
  authz: AuthzEnabled | AuthzDisabled;
  authc?: { enabled: true | 'optional' } | { enabled: false; reason: string };
}

export interface VersionedRouteRequestValidation<P, Q, B> {
  params?: RouteValidationFunction<P>;
  query?: RouteValidationFunction<Q>;
  body?: RouteValidationFunction<B>;
}
export interface AddVersionOpts<P, Q, B> {
  version: string;
  validate: false | { request?: VersionedRouteRequestValidation<P, Q, B> };
  security?: RouteSecurity;
}
export type RequestHandler<P, Q, B, Context extends RequestHandlerContext> = (
  context: Context,
  request: KibanaRequest<P, Q, B>,
  response: KibanaResponseFactory,
) => IKibanaResponse | Promise<IKibanaResponse>;
export interface VersionedRoute<Context extends RequestHandlerContext> {
  addVersion<P = unknown, Q = unknown, B = unknown>(
    options: AddVersionOpts<P, Q, B>,
    handler: RequestHandler<P, Q, B, Context>,
  ): VersionedRoute<Context>;
}
export interface VersionedRouteConfig {
  path: string;
  access: 'internal' | 'public';
  security: RouteSecurity;
  summary?: string;
  description?: string;
  options?: { tags?: readonly string[]; timeout?: { payload?: number; idleSocket?: number } };
}
export interface VersionedRouter<Context extends RequestHandlerContext> {
  get(config: VersionedRouteConfig): VersionedRoute<Context>;
  post(config: VersionedRouteConfig): VersionedRoute<Context>;
  put(config: VersionedRouteConfig): VersionedRoute<Context>;
  patch(config: VersionedRouteConfig): VersionedRoute<Context>;
  delete(config: VersionedRouteConfig): VersionedRoute<Context>;
}
export interface IRouter<Context extends RequestHandlerContext = RequestHandlerContext> {
  readonly routerPath: string;
  readonly versioned: VersionedRouter<Context>;
}

export interface CoreSetup<TPluginsStart extends object = object> {
  http: { createRouter<Context extends RequestHandlerContext = RequestHandlerContext>(): IRouter<Context> };
  getStartServices(): Promise<[CoreStart, TPluginsStart, unknown]>;
}
export interface CoreStart {
  security: { audit: { asScoped(request: KibanaRequest): AuditLogger; withoutRequest: AuditLogger } };
  elasticsearch: { client: { asInternalUser: ElasticsearchClient } };
}

export interface PluginInitializerContext<ConfigSchema = unknown> {
  readonly logger: { get(...contextParts: string[]): Logger };
  readonly config: { get<T = ConfigSchema>(): T };
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
  stop?(): void | Promise<void>;
}

export interface PluginConfigDescriptor<T = any> {
  schema: Type<T>;
  exposeToBrowser?: { [P in keyof T]?: boolean };
}
