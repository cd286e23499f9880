import type {
  AddVersionOpts,
  IRouter,
  IKibanaResponse,
  KibanaResponseFactory,
  Logger,
  RequestHandler,
  RequestHandlerContext,
  RouteValidationFunction,
  VersionedRouteConfig,
} from '@kbn/core/server';
import { API_PRIVILEGES, INTERNAL_API_BASE_PATH } from '../../common/constants';
import { PluginError } from '../../common/errors/plugin_error';
import { DEFAULT_CONFIG } from '../config';
import { ECK_REMOTE_CLUSTERS_FEATURE } from '../feature';
import { ROUTES } from '../routes';
import type { RouteServices } from '../routes/route_definition';
import type { LocalElasticsearchGateway } from '../gateways/elasticsearch/local_elasticsearch_gateway';
import { registerKibanaRoutes } from './register_kibana_routes';

interface Registration {
  method: string;
  config: VersionedRouteConfig;
  version: AddVersionOpts<unknown, unknown, unknown>;
  handler: RequestHandler<unknown, unknown, unknown, RequestHandlerContext>;
}

function fakeRouter() {
  const registrations: Registration[] = [];
  const method = (name: string) => (config: VersionedRouteConfig) => ({
    addVersion(version: AddVersionOpts<unknown, unknown, unknown>, handler: Registration['handler']) {
      registrations.push({ method: name, config, version, handler });
      return this;
    },
  });
  const router = {
    routerPath: '/',
    versioned: {
      get: method('get'),
      post: method('post'),
      put: method('put'),
      patch: method('patch'),
      delete: method('delete'),
    },
  } as unknown as IRouter;
  return { router, registrations };
}

const logger: Logger = {
  trace: jest.fn(),
  debug: jest.fn(),
  info: jest.fn(),
  warn: jest.fn(),
  error: jest.fn(),
  fatal: jest.fn(),
  get: () => logger,
};

/** The response factory's relevant behaviour: it records what the handler answered. */
const responseFactory = {
  ok: (options?: { body?: unknown }) => ({ status: 200, payload: options?.body, options: options ?? {} }),
  customError: (options: { statusCode: number; body?: unknown }) => ({
    status: options.statusCode,
    payload: options.body,
    options,
  }),
} as unknown as KibanaResponseFactory;

const validationResult = {
  ok: <T>(value: T) => ({ value }),
  badRequest: (error: Error | string, path?: string[]) => ({
    error: Object.assign(new Error(String(error)), { path }),
  }),
};

function registerWith(services: Partial<RouteServices>) {
  const { router, registrations } = fakeRouter();
  registerKibanaRoutes(
    router,
    ROUTES,
    async () => ({ config: DEFAULT_CONFIG, logger, ...services }) as RouteServices,
    logger,
  );
  return registrations;
}

const find = (registrations: Registration[], path: string) =>
  registrations.find((r) => r.config.path === `${INTERNAL_API_BASE_PATH}${path}`) as Registration;

const never = { subscribe: () => ({ unsubscribe: () => undefined }) };
const requestFor = (query: unknown) =>
  ({ query, params: {}, body: undefined, events: { aborted$: never, completed$: never } }) as never;
const context = {} as RequestHandlerContext;

describe('registerKibanaRoutes', () => {
  const registrations = registerWith({});

  it('registers every route as a versioned internal route, version 1', () => {
    expect(registrations.map((r) => `${r.method} ${r.config.path}`).sort()).toEqual(
      ROUTES.map((route) => `${route.method} ${route.path}`).sort(),
    );
    for (const registration of registrations) {
      expect(registration.config.access).toBe('internal');
      expect(registration.version.version).toBe('1');
    }
  });

  it('declares security.authz with privileges the Kibana feature grants, on every route', () => {
    const granted = ECK_REMOTE_CLUSTERS_FEATURE.privileges?.all.api ?? [];
    for (const registration of registrations) {
      const authz = registration.config.security.authz as { requiredPrivileges: string[] };
      expect(authz.requiredPrivileges.length).toBeGreaterThan(0);
      expect(granted).toEqual(expect.arrayContaining(authz.requiredPrivileges));
    }
  });

  it('read routes need only the read privilege, which the read feature privilege grants', () => {
    const readOnly = ECK_REMOTE_CLUSTERS_FEATURE.privileges?.read.api ?? [];
    for (const registration of registrations.filter((r) => r.method === 'get')) {
      expect((registration.config.security.authz as { requiredPrivileges: string[] }).requiredPrivileges).toEqual([
        API_PRIVILEGES.read,
      ]);
    }
    expect(readOnly).toEqual([API_PRIVILEGES.read]);
  });

  it.each([
    [{ namespace: 'Not_A_Namespace' }, 'namespace', /must be a valid Kubernetes namespace/],
    [{ namespace: 'a'.repeat(64) }, 'namespace', /at most 63 characters/],
    [{ nmespace: 'prod' }, 'nmespace', /nmespace: is not a known field/],
    [{ namespace: ['a', 'b'] }, 'namespace', /namespace:/],
  ])('refuses the query %j naming the field %s', (query, field, message) => {
    const validate = find(registrations, '/eck_clusters').version.validate as {
      request: { query: RouteValidationFunction<unknown> };
    };
    const result = validate.request.query(query, validationResult);
    expect(result.error?.path).toEqual([field]);
    expect(result.error?.message).toMatch(message);
  });

  it('accepts a valid query and an empty one', () => {
    const validate = find(registrations, '/eck_clusters').version.validate as {
      request: { query: RouteValidationFunction<unknown> };
    };
    expect(validate.request.query({ namespace: 'prod' }, validationResult)).toEqual({ value: { namespace: 'prod' } });
    expect(validate.request.query({}, validationResult)).toEqual({ value: {} });
  });
});

describe('route handlers behind the Kibana router', () => {
  it('answers 200 with the handler result', async () => {
    const info = {
      name: 'local',
      uuid: 'u',
      version: '9.1.0',
      license: { type: 'enterprise', status: 'active' },
      remotes: [],
    };
    const registrations = registerWith({
      localElasticsearch: () => ({ getLocalClusterInfo: async () => info }) as unknown as LocalElasticsearchGateway,
    });
    const response = (await find(registrations, '/local_cluster').handler(
      context,
      requestFor({}),
      responseFactory,
    )) as IKibanaResponse;
    expect(response).toMatchObject({ status: 200, payload: info });
  });

  it("answers a catalogued failure with Kibana's error body, its code and fix", async () => {
    const registrations = registerWith({
      kubernetes: () => {
        throw new PluginError('KUBERNETES_NOT_CONFIGURED', 'The kubeconfig file /nowhere does not exist');
      },
    });
    const response = (await find(registrations, '/eck_clusters').handler(
      context,
      requestFor({}),
      responseFactory,
    )) as IKibanaResponse;
    expect(response.status).toBe(503);
    expect(response.payload).toEqual({
      message: 'The kubeconfig file /nowhere does not exist',
      attributes: { code: 'KUBERNETES_NOT_CONFIGURED', fix: expect.stringContaining('kubeconfig') },
    });
  });

  it('refuses a namespace outside the allow-list before calling Kubernetes', async () => {
    const kubernetes = jest.fn();
    const { router, registrations } = fakeRouter();
    const config = { ...DEFAULT_CONFIG, kubernetes: { ...DEFAULT_CONFIG.kubernetes, namespaces: ['prod'] } };
    registerKibanaRoutes(
      router,
      ROUTES,
      async () => ({ config, logger, kubernetes }) as unknown as RouteServices,
      logger,
    );
    const response = (await find(registrations, '/eck_clusters').handler(
      context,
      requestFor({ namespace: 'kube-system' }),
      responseFactory,
    )) as IKibanaResponse;
    expect(response.status).toBe(400);
    expect(response.payload).toMatchObject({ attributes: { code: 'NAMESPACE_NOT_ALLOWED', field: 'namespace' } });
    expect(kubernetes).not.toHaveBeenCalled();
  });

  it('hides the text of an unexpected error, which could carry anything', async () => {
    const registrations = registerWith({
      localElasticsearch: () =>
        ({
          getLocalClusterInfo: async () => {
            throw new Error('connect failed for https://elastic:s3cret@es:9200');
          },
        }) as unknown as LocalElasticsearchGateway,
    });
    const response = (await find(registrations, '/local_cluster').handler(
      context,
      requestFor({}),
      responseFactory,
    )) as IKibanaResponse;
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.payload)).not.toContain('s3cret');
    expect(response.payload).toMatchObject({ attributes: { code: 'INTERNAL_ERROR' } });
  });
});
