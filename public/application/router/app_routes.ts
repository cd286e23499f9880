/**
 * The app's pages, by the pathname of the mount's scoped history (`/` is the app's root). Kept
 * tiny on purpose: two pages do not need a router library.
 */
export type AppRoute =
  { page: 'overview' } | { page: 'connect'; namespace: string; name: string } | { page: 'notFound'; pathname: string };

export const OVERVIEW_PATH = '/';

export const connectPath = (namespace: string, name: string) =>
  `/connect/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function matchRoute(pathname: string): AppRoute {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return { page: 'overview' };
  if (segments[0] === 'connect' && segments.length === 3) {
    const [namespace, name] = segments.slice(1).map(decodeSegment);
    if (namespace && name) return { page: 'connect', namespace, name };
  }
  return { page: 'notFound', pathname };
}
