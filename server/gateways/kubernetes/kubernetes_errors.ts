import { PluginError } from '../../../common/errors/plugin_error';

/** What the call was doing, to name it in the error ("list elasticsearches"). */
export interface KubernetesOperation {
  verb: string;
  resource: string;
}

function statusMessage(body: unknown): string | undefined {
  const parsed = typeof body === 'string' ? safeJsonParse(body) : body;
  if (parsed && typeof parsed === 'object' && 'message' in parsed) {
    const message = (parsed as { message: unknown }).message;
    return typeof message === 'string' ? message : undefined;
  }
  return undefined;
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Turns what `@kubernetes/client-node` throws into a catalogued error. Only the HTTP status and
 * the API server's `Status.message` are kept: request headers (and so tokens) never are.
 */
export function toKubernetesPluginError(error: unknown, operation: KubernetesOperation): PluginError {
  const what = `${operation.verb} ${operation.resource}`;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'number') {
    const message = statusMessage((error as { body?: unknown }).body);
    const detail = message ? `: ${message}` : '';
    if (code === 401)
      return new PluginError('KUBERNETES_UNAUTHORIZED', `Kubernetes refused to ${what} (401 Unauthorized)${detail}`);
    if (code === 403)
      return new PluginError('KUBERNETES_FORBIDDEN', `Kubernetes refused to ${what} (403 Forbidden)${detail}`);
    if (code === 404 && operation.resource === 'elasticsearches') {
      return new PluginError(
        'ECK_CRD_MISSING',
        `Kubernetes does not know the resource elasticsearches.elasticsearch.k8s.elastic.co (404)${detail}`,
      );
    }
    if (code === 409)
      return new PluginError('KUBERNETES_CONFLICT', `Kubernetes refused to ${what} (409 Conflict)${detail}`);
    return new PluginError('KUBERNETES_ERROR', `Kubernetes failed to ${what} (HTTP ${code})${detail}`);
  }
  const name = (error as { name?: unknown })?.name;
  const type = (error as { type?: unknown })?.type;
  if (name === 'AbortError' || type === 'aborted') {
    return new PluginError('KUBERNETES_TIMEOUT', `Kubernetes did not answer in time to ${what}`);
  }
  const systemCode = typeof code === 'string' ? code : (error as { errno?: unknown })?.errno;
  return new PluginError(
    'KUBERNETES_UNREACHABLE',
    `Could not reach the Kubernetes API server to ${what}${typeof systemCode === 'string' ? ` (${systemCode})` : ''}`,
  );
}
