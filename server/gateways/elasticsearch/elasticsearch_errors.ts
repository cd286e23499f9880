import { PluginError } from '../../../common/errors/plugin_error';

interface ResponseErrorLike {
  name?: string;
  statusCode?: number;
  meta?: { statusCode?: number; body?: unknown };
  body?: unknown;
}

function reason(body: unknown): string | undefined {
  const error = (body as { error?: unknown } | undefined)?.error;
  if (typeof error === 'string') return error;
  const rootReason = (error as { reason?: unknown } | undefined)?.reason;
  return typeof rootReason === 'string' ? rootReason : undefined;
}

/**
 * Turns what the Elasticsearch client throws into a catalogued error. Error classes are told apart
 * by name because Kibana's client and the standalone host's may be different copies of the package.
 * Only the status and Elasticsearch's reason are kept; request headers never are.
 */
export function toElasticsearchPluginError(error: unknown, action: string): PluginError {
  const e = error as ResponseErrorLike;
  if (e?.name === 'ResponseError') {
    const statusCode = e.statusCode ?? e.meta?.statusCode;
    const why = reason(e.meta?.body ?? e.body);
    const detail = why ? `: ${why}` : '';
    if (statusCode === 401)
      return new PluginError('ELASTICSEARCH_UNAUTHORIZED', `Elasticsearch refused to ${action} (401)${detail}`);
    if (statusCode === 403)
      return new PluginError('ELASTICSEARCH_FORBIDDEN', `Elasticsearch refused to ${action} (403)${detail}`);
    return new PluginError('ELASTICSEARCH_ERROR', `Elasticsearch failed to ${action} (HTTP ${statusCode})${detail}`);
  }
  if (e?.name === 'TimeoutError' || e?.name === 'RequestAbortedError') {
    return new PluginError('ELASTICSEARCH_TIMEOUT', `Elasticsearch did not answer in time to ${action}`);
  }
  return new PluginError('ELASTICSEARCH_UNREACHABLE', `Could not reach Elasticsearch to ${action}`);
}

/** Runs one call to Elasticsearch, turning what it throws into a catalogued error that says what failed. */
export async function callElasticsearch<T>(action: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toElasticsearchPluginError(error, action);
  }
}
