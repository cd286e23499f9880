import type { ErrorCode } from '../../../common/errors/error_catalogue';

/** One malformed request to one route, and the field the 400 must name. */
export interface BadInputCase {
  /** What is wrong with it, for the test's name. */
  why: string;
  query?: Record<string, string | string[]>;
  body?: unknown;
  /** What `attributes.field` of the 400 must be. */
  field: string;
  /** INVALID_REQUEST unless said otherwise (a namespace outside the allow-list has its own code). */
  code?: ErrorCode;
}

/** Cases per route, keyed as `routeKey` names the route. */
export type BadInputCorpus = Record<string, BadInputCase[]>;

export const routeKey = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`;

/** Marks a field to leave out, in `withField`. */
export const MISSING = Symbol('missing');

/** A deep copy of `base` with the dotted `path` set to `value` (or removed, for MISSING). */
export function withField(base: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let parent = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === MISSING) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** `[path, value, why, field?]`: the field named is the path unless given. */
export type FieldCase = [path: string, value: unknown, why: string, field?: string];

/** Body cases, each `base` with one field made wrong. */
export const bodyCases = (base: unknown, cases: FieldCase[]): BadInputCase[] =>
  cases.map(([path, value, why, field]) => ({ why, body: withField(base, path, value), field: field ?? path }));

/** Query cases, each `base` with one parameter made wrong. */
export const queryCases = (base: Record<string, string>, cases: FieldCase[]): BadInputCase[] =>
  cases.map(([path, value, why, field]) => ({
    why,
    query: withField(base, path, value) as Record<string, string | string[]>,
    field: field ?? path,
  }));
