/** Runs `fn` `runs` times after one warm-up and returns the median duration in milliseconds. */
export async function medianMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  return (await interleavedMediansMs(runs, [fn]))[0];
}

/**
 * Medians of several contenders, run in turn (a, b, a, b, ...) after one warm-up each, so that a
 * burst of load from others on a shared machine hits them all alike.
 */
export async function interleavedMediansMs(runs: number, contenders: Array<() => Promise<unknown>>): Promise<number[]> {
  for (const fn of contenders) await fn();
  const durations = contenders.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, fn] of contenders.entries()) {
      const started = process.hrtime.bigint();
      await fn();
      durations[index].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return durations.map((values) => percentile(values, 50));
}

/** The value below which `p` percent of `values` fall (nearest rank). */
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;

/** A figure beside its goal, and whether it meets it, so that every printed line can be judged alone. */
export const goal = (met: boolean, text: string) => `goal ${text}: ${met ? 'met' : 'NOT MET'}`;
