/**
 * Whether a process under constant load has reached its working size. Until then its RSS follows
 * V8 raising the heap limit after each full collection (to a few times the live heap), which is
 * warm-up, not growth under load. Reached when both hold:
 * - V8 stopped raising the limit: the heap committed after each of the last `collections` full
 *   collections is within `heapTolerance` of the others;
 * - RSS, sampled once a second, grew by no more than `rssTolerance` over the last `windowSeconds`.
 * RSS alone can stay flat for a while between two collections and then step up.
 */
export function reachedWorkingSize(
  rssSamples: number[],
  committedAfterFullCollections: number[],
  { windowSeconds = 15, rssTolerance = 0.02, collections = 3, heapTolerance = 0.1 } = {},
): boolean {
  if (rssSamples.length <= windowSeconds || committedAfterFullCollections.length < collections) return false;
  const lastCollections = committedAfterFullCollections.slice(-collections);
  if (Math.max(...lastCollections) > Math.min(...lastCollections) * (1 + heapTolerance)) return false;
  const window = rssSamples.slice(-windowSeconds - 1);
  return Math.max(...window) <= window[0] * (1 + rssTolerance);
}
