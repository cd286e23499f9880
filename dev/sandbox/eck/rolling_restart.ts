/** A restart ECK has begun: towards which configuration, which pods in order, and where it stands. */
export interface RollingRestart {
  configHash: string;
  version: string;
  /** In restart order. */
  pods: string[];
  /** Index of the pod being restarted; `pods.length` once all are back. */
  current: number;
  /** When the current pod went down. */
  currentSince: number;
}

export type PodRestartState = 'pending' | 'restarting' | 'restarted';

export interface RestartProgress {
  pods: Record<string, PodRestartState>;
  done: boolean;
  /** When the current pod comes back; undefined once done. */
  nextChangeAt?: number;
}

/** StatefulSets roll from the highest ordinal down; ECK keeps that order. */
export const restartOrder = (pods: string[]) =>
  [...pods].sort((a, b) => Number(b.split('-').pop()) - Number(a.split('-').pop()) || b.localeCompare(a));

export function startRestart(configHash: string, version: string, pods: string[], now: number): RollingRestart {
  return { configHash, version, pods: restartOrder(pods), current: 0, currentSince: now };
}

const slotOf = (restart: RollingRestart, durationMs: number) => durationMs / Math.max(1, restart.pods.length);

/**
 * Moves on by at most one pod: the current pod comes back once its share of `durationMs` has
 * passed, and only then does the next go down. ECK never takes a pod down before the previous one
 * is back, however late the operator looks.
 */
export function advanceRestart(restart: RollingRestart, durationMs: number, now: number): RollingRestart {
  if (restart.current >= restart.pods.length || now - restart.currentSince < slotOf(restart, durationMs)) {
    return restart;
  }
  return { ...restart, current: restart.current + 1, currentSince: now };
}

export function restartProgress(restart: RollingRestart, durationMs: number): RestartProgress {
  const pods = Object.fromEntries(
    restart.pods.map((pod, index): [string, PodRestartState] => [
      pod,
      index < restart.current ? 'restarted' : index === restart.current ? 'restarting' : 'pending',
    ]),
  );
  if (restart.current >= restart.pods.length) return { pods, done: true };
  return { pods, done: false, nextChangeAt: restart.currentSince + Math.ceil(slotOf(restart, durationMs)) };
}
