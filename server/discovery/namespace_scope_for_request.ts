import { PluginError } from '../../common/errors/plugin_error';
import { ALL_NAMESPACES, type NamespaceScope } from '../gateways/kubernetes/namespace_scope';

/**
 * Decides where discovery may look: the configured allow-list (empty means everywhere),
 * narrowed to the namespace the request asks for, which must be in the allow-list.
 */
export function namespaceScopeForRequest(allowList: string[], requested?: string, field = 'namespace'): NamespaceScope {
  if (requested !== undefined) {
    if (allowList.length > 0 && !allowList.includes(requested)) {
      throw new PluginError(
        'NAMESPACE_NOT_ALLOWED',
        `${field}: [${requested}] is not one of the allowed namespaces (${allowList.join(', ')})`,
        { field },
      );
    }
    return { all: false, namespaces: [requested] };
  }
  return allowList.length > 0 ? { all: false, namespaces: [...allowList] } : ALL_NAMESPACES;
}
