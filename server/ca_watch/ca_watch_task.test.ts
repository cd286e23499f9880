import type { Logger } from '@kbn/core/server';
import type { TaskManagerSetupContract, TaskRegisterDefinition } from '@kbn/task-manager-plugin/server';
import { CA_WATCH_TASK_ID, CA_WATCH_TASK_TYPE, registerCaWatchTask, scheduleCaWatchTask } from './ca_watch_task';
import { startCaWatchInterval } from './ca_watch_interval';

const logger = (warnings: string[]): Logger => {
  const log = () => undefined;
  const self: Logger = {
    trace: log,
    debug: log,
    info: log,
    warn: (message) => void warnings.push(String(message)),
    error: log,
    fatal: log,
    get: () => self,
  };
  return self;
};

describe('CA-rotation watch as a Task Manager task', () => {
  it('registers one task type whose runs call the watch and keep no state', async () => {
    const definitions: Record<string, TaskRegisterDefinition> = {};
    const taskManager: TaskManagerSetupContract = { registerTaskDefinitions: (d) => Object.assign(definitions, d) };
    const runWatch = jest.fn(async () => undefined);
    registerCaWatchTask(taskManager, runWatch);
    expect(Object.keys(definitions)).toEqual([CA_WATCH_TASK_TYPE]);
    const runner = definitions[CA_WATCH_TASK_TYPE].createTaskRunner({
      taskInstance: { id: CA_WATCH_TASK_ID, taskType: CA_WATCH_TASK_TYPE, params: {}, state: {} },
    });
    await expect(runner.run()).resolves.toEqual({ state: {} });
    expect(runWatch).toHaveBeenCalledTimes(1);
  });

  it('schedules with a fixed id and the configured interval, from any number of instances', async () => {
    const scheduled = new Map<string, unknown>();
    const ensureScheduled = jest.fn(async (task: { id: string }) => {
      if (!scheduled.has(task.id)) scheduled.set(task.id, task);
      return task as never;
    });
    for (let instance = 0; instance < 3; instance++) await scheduleCaWatchTask({ ensureScheduled }, 15, logger([]));
    expect(scheduled.size).toBe(1);
    expect(ensureScheduled).toHaveBeenCalledWith(
      expect.objectContaining({ id: CA_WATCH_TASK_ID, taskType: CA_WATCH_TASK_TYPE, schedule: { interval: '15m' } }),
    );
  });

  it('logs, and does not throw, when scheduling fails', async () => {
    const warnings: string[] = [];
    const ensureScheduled = async () => {
      throw new Error('task manager unavailable');
    };
    await expect(scheduleCaWatchTask({ ensureScheduled }, 60, logger(warnings))).resolves.toBeUndefined();
    expect(warnings).toEqual(['The CA-rotation watch could not be scheduled: task manager unavailable']);
  });
});

describe('CA-rotation watch on an interval (standalone)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs every interval, never overlapping, and keeps going after a failure', async () => {
    const warnings: string[] = [];
    let calls = 0;
    let finish: () => void = () => undefined;
    const run = () => {
      calls++;
      if (calls === 1) return Promise.reject(new Error('Kubernetes unreachable'));
      return new Promise<void>((resolve) => (finish = resolve));
    };
    const watch = startCaWatchInterval({ run, intervalMs: 1000, logger: logger(warnings) });
    expect(calls).toBe(0);
    await jest.advanceTimersByTimeAsync(1000);
    expect(warnings).toEqual(['CA-rotation watch failed: Kubernetes unreachable']);
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
    // The second run has not finished: the next tick skips instead of overlapping.
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
    finish();
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(3);
    watch.stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(calls).toBe(3);
  });
});
