/** Query parameters every endpoint accepts, consumed by the REST layer itself. */
const RESPONSE_PARAMETERS = ['error_trace', 'filter_path', 'format', 'human', 'pretty'] as const;

/** Lucene's `LevenshteinDistance`: 1 means identical, 0 means nothing in common. */
export function levenshteinSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return a === b ? 1 : 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return 1 - previous[b.length] / Math.max(a.length, b.length);
}

function suggestion(invalid: string, candidates: readonly string[]): string {
  const close = candidates
    .map((candidate) => ({ candidate, similarity: levenshteinSimilarity(invalid, candidate) }))
    .filter(({ similarity }) => similarity > 0.5)
    .sort((a, b) => b.similarity - a.similarity || (a.candidate < b.candidate ? -1 : 1))
    .map(({ candidate }) => candidate);
  if (close.length === 0) return '';
  return close.length === 1 ? ` -> did you mean [${close[0]}]?` : ` -> did you mean any of [${close.join(', ')}]?`;
}

/**
 * `BaseRestHandler` rejects parameters no one consumed, suggesting near misses. Returns the reason
 * for the 400, or `undefined` when every parameter is known.
 */
export function unrecognizedParametersReason(
  path: string,
  given: readonly string[],
  accepted: readonly string[],
): string | undefined {
  const candidates = [...new Set([...accepted, ...RESPONSE_PARAMETERS])];
  const invalid = [...new Set(given)].filter((name) => !candidates.includes(name)).sort();
  if (invalid.length === 0) return undefined;
  const listed = invalid.map((name) => `[${name}]${suggestion(name, candidates)}`).join(', ');
  return `request [${path}] contains unrecognized parameter${invalid.length > 1 ? 's' : ''}: ${listed}`;
}
