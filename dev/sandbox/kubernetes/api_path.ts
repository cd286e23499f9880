import type { ResourceType } from './resource_types';

/** A request path, decomposed the way the API server's RequestInfo does. */
export interface ApiPath {
  group: string;
  version: string;
  namespace?: string;
  plural: string;
  name?: string;
  subresource?: string;
}

const NAMESPACE_SUBRESOURCES = ['status', 'finalize'];

/** `/api/v1/namespaces/ns/services/name/status`, `/apis/group/v1/plural`, ... */
export function parseApiPath(pathname: string): ApiPath | undefined {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let group: string;
  let rest: string[];
  if (segments[0] === 'api' && segments.length >= 2) {
    group = '';
    rest = segments.slice(1);
  } else if (segments[0] === 'apis' && segments.length >= 3) {
    group = segments[1];
    rest = segments.slice(2);
  } else {
    return undefined;
  }
  const [version, ...resource] = rest;
  if (resource.length === 0) return undefined;
  // `/namespaces/<ns>/<plural>/...` addresses a namespaced resource; `/namespaces/<ns>` the namespace
  // itself, and `/namespaces/<ns>/status` or `/finalize` its subresources. As in RequestInfo, the
  // namespace of a request for a namespace is that namespace, which RBAC and 403 messages use.
  if (resource[0] === 'namespaces' && resource.length >= 3 && !NAMESPACE_SUBRESOURCES.includes(resource[2])) {
    const [, namespace, plural, name, subresource] = resource;
    return resource.length > 5 ? undefined : { group, version, namespace, plural, name, subresource };
  }
  const [plural, name, subresource] = resource;
  if (resource.length > 3) return undefined;
  return { group, version, plural, name, subresource, ...(plural === 'namespaces' && name ? { namespace: name } : {}) };
}

export function findType(types: ResourceType[], path: ApiPath): ResourceType | undefined {
  return types.find(
    (type) => type.group === path.group && type.version === path.version && type.plural === path.plural,
  );
}

/** The RBAC verb of a request (k8s.io/apiserver RequestInfo): a GET without a name is `list`, or `watch`. */
export function verbOf(method: string, path: ApiPath, watch: boolean): string {
  switch (method) {
    case 'GET':
    case 'HEAD':
      return path.name ? 'get' : watch ? 'watch' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return path.name ? 'delete' : 'deletecollection';
    default:
      return method.toLowerCase();
  }
}
