// Subset of `@kbn/task-manager-plugin/server` (Kibana 9.x) used by the plugin.

export interface ConcreteTaskInstance {
  id: string;
  taskType: string;
  params: Record<string, unknown>;
  state: Record<string, unknown>;
}

export interface RunContext {
  taskInstance: ConcreteTaskInstance;
}

export interface RunResult {
  state: Record<string, unknown>;
}

export interface CancellableTask {
  run(): Promise<RunResult | void>;
  cancel?(): Promise<void>;
}

export type TaskRunCreatorFunction = (context: RunContext) => CancellableTask;

export interface TaskRegisterDefinition {
  title?: string;
  description?: string;
  /** How long a run may take before it is cancelled, e.g. `5m`. */
  timeout?: string;
  maxAttempts?: number;
  createTaskRunner: TaskRunCreatorFunction;
}

export interface TaskManagerSetupContract {
  registerTaskDefinitions(definitions: Record<string, TaskRegisterDefinition>): void;
}

export interface TaskInstanceWithId {
  id: string;
  taskType: string;
  schedule?: { interval: string };
  params: Record<string, unknown>;
  state: Record<string, unknown>;
  scope?: string[];
}

export interface TaskManagerStartContract {
  /** Schedules the task unless a task with this id already exists: safe from every Kibana instance. */
  ensureScheduled(task: TaskInstanceWithId): Promise<TaskInstanceWithId>;
}
