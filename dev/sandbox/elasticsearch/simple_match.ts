/**
 * Elasticsearch's `Regex.simpleMatch`: `*` matches any run of characters, everything else is
 * literal. The same rule serves wildcard setting deletes, `filter_path` fields and privilege patterns.
 */
export function simpleMatch(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  const literalParts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literalParts.join('.*')}$`).test(value);
}
