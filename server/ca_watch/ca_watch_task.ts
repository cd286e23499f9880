import type { Logger } from '@kbn/core/server';
import type { TaskManagerSetupContract, TaskManagerStartContract } from '@kbn/task-manager-plugin/server';

export const CA_WATCH_TASK_TYPE = 'eckRemoteClusters:caRotationWatch';
/**
 * One fixed id: `ensureScheduled` from every Kibana instance finds the same task, and Task Manager
 * lets one instance claim each run, so a fleet runs the watch once per interval.
 */
export const CA_WATCH_TASK_ID = 'eckRemoteClusters:caRotationWatch:default';

/** Registered in setup, as Task Manager requires; `runWatch` computes and logs the findings. */
export function registerCaWatchTask(taskManager: TaskManagerSetupContract, runWatch: () => Promise<void>): void {
  taskManager.registerTaskDefinitions({
    [CA_WATCH_TASK_TYPE]: {
      title: 'ECK remote clusters: CA-rotation and API key expiry watch',
      description:
        "Compares each ECK cluster's transport CA with what the local nodes trust, checks the expiry of the plugin's cross-cluster API keys, and logs warnings.",
      timeout: '5m',
      maxAttempts: 1,
      // Findings are computed from live state on every run: the task keeps no state.
      createTaskRunner: () => ({
        async run() {
          await runWatch();
          return { state: {} };
        },
      }),
    },
  });
}

/** Scheduled in start. A failure to schedule is logged: the route still computes findings on demand. */
export async function scheduleCaWatchTask(
  taskManager: TaskManagerStartContract,
  intervalMinutes: number,
  logger: Logger,
): Promise<void> {
  try {
    await taskManager.ensureScheduled({
      id: CA_WATCH_TASK_ID,
      taskType: CA_WATCH_TASK_TYPE,
      schedule: { interval: `${intervalMinutes}m` },
      params: {},
      state: {},
      scope: ['eckRemoteClusters'],
    });
  } catch (error) {
    logger.warn(`The CA-rotation watch could not be scheduled: ${(error as Error).message}`);
  }
}
