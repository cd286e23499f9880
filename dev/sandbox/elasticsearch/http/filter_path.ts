import { simpleMatch } from '../simple_match';

/**
 * `filter_path`: comma-separated dotted paths where `*` matches within one field name and `**`
 * across any depth; a leading `-` excludes. Arrays are transparent, as in Elasticsearch.
 */
type Path = readonly string[];

function isComplete(path: Path): boolean {
  return path.length === 0 || (path.length === 1 && path[0] === '**');
}

function advance(path: Path, field: string): Path[] {
  if (path.length === 0) return [];
  if (path[0] === '**') return [path, ...advance(path.slice(1), field)];
  return simpleMatch(path[0], field) ? [path.slice(1)] : [];
}

function include(value: unknown, paths: readonly Path[]): unknown {
  if (paths.some(isComplete)) return value;
  if (Array.isArray(value)) {
    const kept = value.map((item) => include(item, paths)).filter((item) => item !== undefined);
    return kept.length > 0 ? kept : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const kept: Record<string, unknown> = {};
  for (const [field, child] of Object.entries(value)) {
    const next = paths.flatMap((path) => advance(path, field));
    const filtered = next.length > 0 ? include(child, next) : undefined;
    if (filtered !== undefined) kept[field] = filtered;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function exclude(value: unknown, paths: readonly Path[]): unknown {
  if (paths.some(isComplete)) return undefined;
  if (Array.isArray(value)) return value.map((item) => exclude(item, paths)).filter((item) => item !== undefined);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [field, child] of Object.entries(value)) {
    const next = paths.flatMap((path) => advance(path, field));
    const filtered = next.length > 0 ? exclude(child, next) : child;
    if (filtered !== undefined) kept[field] = filtered;
  }
  return kept;
}

export function applyFilterPath(body: unknown, filterPath: string | null): unknown {
  if (!filterPath) return body;
  const expressions = filterPath
    .split(',')
    .map((expression) => expression.trim())
    .filter((expression) => expression !== '');
  const includes = expressions.filter((expression) => !expression.startsWith('-')).map((e) => e.split('.'));
  const excludes = expressions.filter((expression) => expression.startsWith('-')).map((e) => e.slice(1).split('.'));
  const included = includes.length > 0 ? include(body, includes) : body;
  const result = excludes.length > 0 && included !== undefined ? exclude(included, excludes) : included;
  return result ?? {};
}
