/**
 * Retries `attempt` until it returns without throwing, for state the operator reaches in its own
 * time. Resolves with the value and how long it took; rethrows the last failure at the deadline.
 */
export async function eventually<T>(
  attempt: () => Promise<T>,
  timeoutMs = 60_000,
  intervalMs = 250,
): Promise<{ value: T; afterMs: number }> {
  const started = Date.now();
  for (;;) {
    try {
      return { value: await attempt(), afterMs: Date.now() - started };
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
