import type { IncomingMessage } from 'node:http';
import { INTERNAL_API_VERSION } from '../../common/constants';
import type { KibanaErrorBody } from '../../common/errors/plugin_error';
import { httpErrorName } from '../../server/routes/error_response';

/**
 * The checks Kibana's HTTP server makes before a route handler runs, in Kibana's order and with
 * its messages: internal-origin restriction, version header, XSRF header.
 */
export function kibanaPreflightError(
  request: IncomingMessage,
  method: string,
  path: string,
): KibanaErrorBody | undefined {
  const header = (name: string) => request.headers[name] as string | undefined;
  if (header('x-elastic-internal-origin') !== 'kibana') {
    return kibanaError(
      400,
      `uri [${path}] with method [${method}] exists but is not available with the current configuration`,
    );
  }
  const version = header('elastic-api-version');
  if (version === undefined) {
    return kibanaError(
      400,
      `Please specify a version via elastic-api-version header. Available versions: ${INTERNAL_API_VERSION}`,
    );
  }
  if (version !== INTERNAL_API_VERSION) {
    return kibanaError(
      400,
      `No version "${version}" available for [${method}] [${path}]. Available versions are: [${INTERNAL_API_VERSION}]`,
    );
  }
  if (method !== 'get' && header('kbn-xsrf') === undefined) {
    return kibanaError(400, 'Request must contain a kbn-xsrf header.');
  }
  return undefined;
}

export function kibanaError(
  statusCode: number,
  message: string,
  attributes?: KibanaErrorBody['attributes'],
): KibanaErrorBody {
  return { statusCode, error: httpErrorName(statusCode), message, ...(attributes ? { attributes } : {}) };
}
