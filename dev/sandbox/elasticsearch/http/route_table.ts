import { HTTP_METHODS, type HttpMethod } from './rest_request';

export interface Routable {
  readonly method: HttpMethod;
  /** Segments in braces (`/_security/user/{username}`) match any one segment. */
  readonly path: string;
}

export type RouteMatch<T extends Routable> =
  | { readonly kind: 'found'; readonly route: T; readonly pathParams: Readonly<Record<string, string>> }
  /** The path exists but not for this method: Elasticsearch answers 405 and lists the others. */
  | { readonly kind: 'other_methods'; readonly allowed: readonly HttpMethod[] }
  | { readonly kind: 'none' };

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = segments(pattern);
  const got = segments(path);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const param = /^\{(\w+)\}$/.exec(want[i]);
    if (param) params[param[1]] = got[i];
    else if (want[i] !== got[i]) return undefined;
  }
  return params;
}

/** Literal segments beat parameters, so `/_security/user/_has_privileges` wins over `/_security/user/{username}`. */
function specificity(route: Routable): number {
  return segments(route.path).filter((segment) => !segment.startsWith('{')).length;
}

export function matchRoute<T extends Routable>(routes: readonly T[], method: string, path: string): RouteMatch<T> {
  const onPath = routes
    .map((route) => ({ route, pathParams: matchPath(route.path, path) }))
    .filter(
      (candidate): candidate is { route: T; pathParams: Record<string, string> } => candidate.pathParams !== undefined,
    )
    .sort((a, b) => specificity(b.route) - specificity(a.route));
  const exact = onPath.find((candidate) => candidate.route.method === method);
  if (exact) return { kind: 'found', ...exact };
  if (onPath.length === 0) return { kind: 'none' };
  const methods = new Set(onPath.map((candidate) => candidate.route.method));
  return { kind: 'other_methods', allowed: HTTP_METHODS.filter((candidate) => methods.has(candidate)) };
}
