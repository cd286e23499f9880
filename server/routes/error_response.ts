import type { Logger } from '@kbn/core/server';
import { ERROR_CATALOGUE } from '../../common/errors/error_catalogue';
import { PluginError, isPluginError, type KibanaErrorBody } from '../../common/errors/plugin_error';

const HTTP_ERROR_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const httpErrorName = (statusCode: number) => HTTP_ERROR_NAMES[statusCode] ?? 'Error';

/**
 * The error body every route answers with, Kibana's shape. Unexpected errors are logged by name
 * only and answered with a generic message: their text may carry anything, secrets included.
 */
export function toErrorResponse(error: unknown, logger: Logger): KibanaErrorBody {
  const pluginError = isPluginError(error)
    ? error
    : new PluginError('INTERNAL_ERROR', ERROR_CATALOGUE.INTERNAL_ERROR.title);
  if (!isPluginError(error)) {
    logger.error(`Unexpected ${(error as Error)?.name ?? typeof error} in a route handler`);
  }
  return {
    statusCode: pluginError.statusCode,
    error: httpErrorName(pluginError.statusCode),
    message: pluginError.message,
    attributes: pluginError.attributes,
  };
}
