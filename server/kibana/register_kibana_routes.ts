import type { IRouter, KibanaRequest, Logger, RequestHandlerContext, RouteValidationFunction } from '@kbn/core/server';
import type { ZodType } from 'zod';
import { INTERNAL_API_VERSION } from '../../common/constants';
import { toErrorResponse } from '../routes/error_response';
import { EVENT_STREAM_HEADERS } from '../routes/event_stream_headers';
import type { AnyRouteDefinition, RouteServices } from '../routes/route_definition';
import { validateRequestPart, type RequestPart } from '../routes/validate_request';

/** Kibana's validation-function form, so routes need no @kbn/config-schema at run time. */
export function kibanaValidation<T>(schema: ZodType<T> | undefined, part: RequestPart): RouteValidationFunction<T> {
  return (data, { ok, badRequest }) => {
    const result = validateRequestPart(schema, data, part);
    return result.ok ? ok(result.value) : badRequest(result.error.message, [result.error.field ?? part]);
  };
}

export type RouteServicesFactory = (context: RequestHandlerContext, request: KibanaRequest) => Promise<RouteServices>;

/** Registers each framework-neutral route as a versioned internal Kibana route. */
export function registerKibanaRoutes(
  router: IRouter,
  routes: readonly AnyRouteDefinition[],
  servicesFor: RouteServicesFactory,
  logger: Logger,
): void {
  for (const route of routes) {
    router.versioned[route.method]({
      path: route.path,
      access: 'internal',
      security: route.security,
      summary: route.summary,
    }).addVersion(
      {
        version: INTERNAL_API_VERSION,
        validate: {
          request: {
            query: kibanaValidation(route.validate.query, 'query'),
            params: kibanaValidation(route.validate.params, 'params'),
            ...(route.method === 'get' ? {} : { body: kibanaValidation(route.validate.body, 'body') }),
          },
        },
      },
      async (context, request, response) => {
        const aborted = new AbortController();
        const subscription = request.events.aborted$.subscribe(() => aborted.abort());
        try {
          const services = await servicesFor(context, request);
          const body = await route.handler(
            { query: request.query, params: request.params, body: request.body, signal: aborted.signal },
            services,
          );
          if (route.responseType === 'event-stream') {
            return response.ok({ body, headers: EVENT_STREAM_HEADERS });
          }
          subscription.unsubscribe();
          return response.ok({ body });
        } catch (error) {
          subscription.unsubscribe();
          const { statusCode, message, attributes } = toErrorResponse(error, logger);
          return response.customError({ statusCode, body: { message, attributes: { ...attributes } } });
        }
      },
    );
  }
}
