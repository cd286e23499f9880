import { ERROR_CATALOGUE, type ErrorCode } from './error_catalogue';

/** The `attributes` of Kibana's error body, so the UI can show the cause and the fix. */
export interface ErrorAttributes {
  code: ErrorCode;
  fix: string;
  /** The request field that is wrong, for validation errors. */
  field?: string;
}

/** Kibana's error response body (`customError`, `badRequest`, ...). */
export interface KibanaErrorBody {
  statusCode: number;
  error: string;
  message: string;
  attributes?: ErrorAttributes;
}

/**
 * A failure with a stable code from the catalogue. Its message must never carry a secret:
 * gateways build it from status codes and server messages, never from credentials.
 */
export class PluginError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string, options: { field?: string } = {}) {
    super(message);
    this.name = 'PluginError';
    this.code = code;
    this.field = options.field;
  }

  get statusCode(): number {
    return ERROR_CATALOGUE[this.code].statusCode;
  }

  get attributes(): ErrorAttributes {
    const attributes: ErrorAttributes = { code: this.code, fix: ERROR_CATALOGUE[this.code].fix };
    if (this.field) attributes.field = this.field;
    return attributes;
  }
}

export function isPluginError(error: unknown): error is PluginError {
  return error instanceof PluginError;
}
