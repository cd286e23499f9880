import { z, type ZodType } from 'zod';
import { PluginError } from '../../common/errors/plugin_error';

export type RequestPart = 'query' | 'params' | 'body';
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: PluginError };

const NO_INPUT = z.strictObject({});

function describeIssue(issue: z.core.$ZodIssue, part: RequestPart): { field: string; message: string } {
  if (issue.code === 'unrecognized_keys') {
    const field = [...issue.path, issue.keys[0]].join('.');
    return { field, message: `${field}: is not a known field` };
  }
  const field = issue.path.length > 0 ? issue.path.join('.') : part;
  return { field, message: `${field}: ${issue.message}` };
}

/**
 * Validates one part of a request. A part without a schema must be empty, so unknown query
 * parameters are refused rather than ignored. The error names the offending field.
 */
export function validateRequestPart<T>(
  schema: ZodType<T> | undefined,
  data: unknown,
  part: RequestPart,
): ValidationResult<T> {
  if (!schema && part === 'body' && (data === undefined || data === null)) {
    return { ok: true, value: undefined as T };
  }
  const result = (schema ?? NO_INPUT).safeParse(data ?? {});
  if (result.success) return { ok: true, value: result.data as T };
  const { field, message } = describeIssue(result.error.issues[0], part);
  return { ok: false, error: new PluginError('INVALID_REQUEST', `[request ${part}] ${message}`, { field }) };
}
