import { ERROR_CATALOGUE, type ErrorCode } from '../../../common/errors/error_catalogue';
import type { KibanaErrorBody } from '../../../common/errors/plugin_error';
import { strings } from '../strings';

/** A failed API call, ready to show: what went wrong, the cause in plain words, and the fix. */
export interface ApiError {
  /** Absent when no response arrived (network failure, aborted request). */
  statusCode?: number;
  code?: ErrorCode;
  title: string;
  message: string;
  fix?: string;
  /** The request field that is wrong, for validation errors (`choices.localTransportCa`). */
  field?: string;
}

const PERMISSION_CODES: ReadonlySet<ErrorCode> = new Set([
  'FORBIDDEN',
  'ELASTICSEARCH_FORBIDDEN',
  'KUBERNETES_FORBIDDEN',
]);

const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.hasOwn(ERROR_CATALOGUE, code);

function isKibanaErrorBody(body: unknown): body is KibanaErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const { statusCode, message } = body as Partial<KibanaErrorBody>;
  return typeof statusCode === 'number' && typeof message === 'string';
}

/**
 * Kibana answers 403 itself, without our `attributes`, when the user lacks the feature privilege
 * a route requires: that is the catalogue's FORBIDDEN.
 */
function codeOf(body: KibanaErrorBody): ErrorCode | undefined {
  const code = body.attributes?.code;
  if (isErrorCode(code)) return code;
  return body.statusCode === 403 ? 'FORBIDDEN' : undefined;
}

/** Turns what `core.http` rejects with into an `ApiError`, naming it from the error catalogue. */
export function toApiError(error: unknown): ApiError {
  const body = (error as { body?: unknown } | null)?.body;
  if (!isKibanaErrorBody(body)) {
    const message = error instanceof Error && error.message ? error.message : strings.errors.noDetails;
    return { title: strings.errors.requestFailed, message };
  }
  const code = codeOf(body);
  return {
    statusCode: body.statusCode,
    code,
    title: code ? ERROR_CATALOGUE[code].title : strings.errors.requestFailed,
    message: body.message,
    // The server's fix can be more precise than the catalogue's (it names the missing privilege).
    fix: body.attributes?.fix ?? (code ? ERROR_CATALOGUE[code].fix : undefined),
    ...(body.attributes?.field ? { field: body.attributes.field } : {}),
  };
}

export function isPermissionDenied(error: ApiError): boolean {
  return error.statusCode === 403 || (error.code !== undefined && PERMISSION_CODES.has(error.code));
}
