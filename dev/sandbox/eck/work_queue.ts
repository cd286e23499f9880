/**
 * Controller-runtime's work queue, in small: a key is reconciled at most once at a time, bursts
 * of events for it collapse into one run after `debounceMs`, and an event during a run queues
 * exactly one more run.
 */
export class WorkQueue {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly queued = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly work: (key: string) => Promise<void>,
    private readonly debounceMs: number,
    private readonly onError: (key: string, error: unknown) => void,
  ) {}

  enqueue(key: string): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(key);
      }, this.debounceMs),
    );
  }

  /** Runs the key now, or right after its current run; resolves when that run is over. */
  run(key: string): Promise<void> {
    const queued = this.queued.get(key);
    if (queued) return queued;
    const previous = this.running.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      this.queued.delete(key);
      this.running.set(key, next);
      if (!this.stopped) await this.work(key).catch((error: unknown) => this.onError(key, error));
      if (this.running.get(key) === next) this.running.delete(key);
    });
    this.queued.set(key, next);
    return next;
  }

  /** Resolves once no run is pending, waiting or under way. */
  async settled(): Promise<void> {
    while (this.timers.size > 0 || this.running.size > 0 || this.queued.size > 0) {
      await Promise.all([...this.running.values(), ...this.queued.values()]);
      if (this.timers.size > 0) await new Promise((resolve) => setTimeout(resolve, this.debounceMs + 1));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.running.values(), ...this.queued.values()]);
  }
}
