/**
 * The app's pages, by the pathname of the mount's scoped history (`/` is the app's root). Kept
 * tiny on purpose: two pages do not need a router library.
 */
export type AppRoute =
  | { page: 'overview' }
  | { page: 'connect'; namespace: string; name: string }
  /** Back from Kibana's Remote Clusters form (`?cluster=<alias>`), started for an ECK cluster or not. */
  | { page: 'remoteAdded'; eckCluster?: { namespace: string; name: string } }
  /** Can I search `<alias>:<pattern>`? For any user, with their own privileges. */
  | { page: 'validate'; alias?: string }
  /** The cross-cluster API keys this plugin created: list, rotate, invalidate orphans. */
  | { page: 'keys' }
  /** The connection doctor for one alias, optionally checked against a named ECK cluster. */
  | { page: 'doctor'; alias: string; eckCluster?: { namespace: string; name: string } }
  | { page: 'notFound'; pathname: string };

export const OVERVIEW_PATH = '/';
export const KEYS_PATH = '/keys';
export const VALIDATE_PATH = '/validate';

/** The CCS check, with the alias filled in when given. */
export const validatePath = (alias?: string) =>
  alias ? `${VALIDATE_PATH}/${encodeURIComponent(alias)}` : VALIDATE_PATH;

export const connectPath = (namespace: string, name: string) =>
  `/connect/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;

/** Where Remote Clusters' add form returns to: a path without a query, as it appends `?cluster=<alias>`. */
export const remoteAddedPath = (eckCluster?: { namespace: string; name: string }) =>
  eckCluster ? `/added/${encodeURIComponent(eckCluster.namespace)}/${encodeURIComponent(eckCluster.name)}` : '/added';

export const doctorPath = (alias: string, eckCluster?: { namespace: string; name: string }) =>
  eckCluster
    ? `/doctor/${encodeURIComponent(alias)}/${encodeURIComponent(eckCluster.namespace)}/${encodeURIComponent(eckCluster.name)}`
    : `/doctor/${encodeURIComponent(alias)}`;

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
  if (segments[0] === 'validate' && segments.length === 1) return { page: 'validate' };
  if (segments[0] === 'validate' && segments.length === 2) {
    const alias = decodeSegment(segments[1]);
    if (alias) return { page: 'validate', alias };
  }
  if (segments[0] === 'added' && segments.length === 1) return { page: 'remoteAdded' };
  if (segments[0] === 'added' && segments.length === 3) {
    const [namespace, name] = segments.slice(1).map(decodeSegment);
    if (namespace && name) return { page: 'remoteAdded', eckCluster: { namespace, name } };
  }
  if (segments[0] === 'keys' && segments.length === 1) return { page: 'keys' };
  if (segments[0] === 'doctor' && (segments.length === 2 || segments.length === 4)) {
    const [alias, namespace, name] = segments.slice(1).map(decodeSegment);
    if (alias && segments.length === 2) return { page: 'doctor', alias };
    if (alias && namespace && name) return { page: 'doctor', alias, eckCluster: { namespace, name } };
  }
  return { page: 'notFound', pathname };
}
