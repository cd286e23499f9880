/**
 * When a process under constant load has reached its working size: its RSS, sampled once a second,
 * has grown by no more than `tolerance` over the last `windowSeconds`. Until then RSS still follows
 * V8 raising its heap limit after each full collection (to a few times the live heap), which is
 * warm-up, not growth under load.
 */
export function reachedWorkingSize(rssSamples: number[], windowSeconds = 15, tolerance = 0.02): boolean {
  if (rssSamples.length <= windowSeconds) return false;
  const recent = rssSamples.slice(-windowSeconds - 1);
  return Math.max(...recent) <= recent[0] * (1 + tolerance);
}
