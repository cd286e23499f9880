import type { Logger } from '@kbn/core/server';

/**
 * Outside Kibana there is no Task Manager: the standalone host runs the watch on a timer, first
 * after one interval (as a scheduled task would). A run never overlaps the previous one, and a
 * failure is logged, not thrown, so the timer keeps going.
 */
export function startCaWatchInterval(options: { run: () => Promise<void>; intervalMs: number; logger: Logger }): {
  stop(): void;
} {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await options.run();
    } catch (error) {
      options.logger.warn(`CA-rotation watch failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
