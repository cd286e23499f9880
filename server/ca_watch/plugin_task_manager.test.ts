import type { CoreSetup, CoreStart, IRouter, Logger, PluginInitializerContext } from '@kbn/core/server';
import type { TaskRegisterDefinition } from '@kbn/task-manager-plugin/server';
import { DEFAULT_CONFIG, type EckRemoteClustersConfig } from '../config';
import { EckRemoteClustersServerPlugin, type EckRemoteClustersStartDeps } from '../plugin';
import { CA_WATCH_TASK_ID, CA_WATCH_TASK_TYPE } from './ca_watch_task';

const warnings: string[] = [];
const logger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message) => void warnings.push(String(message)),
  error: () => undefined,
  fatal: () => undefined,
  get: () => logger,
};

const router = {
  routerPath: '/',
  versioned: new Proxy({}, { get: () => () => ({ addVersion: () => undefined }) }),
} as unknown as IRouter;

/** Kibana's internal user: every call is recorded and refused, as a cluster that is down would. */
function internalUser(calls: string[]) {
  const client: object = new Proxy(() => undefined, {
    get: (_target, name) => (name === 'then' ? undefined : path(String(name))),
  });
  const path = (prefix: string): unknown =>
    new Proxy(() => undefined, {
      get: (_target, name) => path(`${prefix}.${String(name)}`),
      apply: () => {
        calls.push(prefix);
        return Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { name: 'ConnectionError' }));
      },
    });
  return client;
}

function startPlugin(config: EckRemoteClustersConfig = DEFAULT_CONFIG) {
  const context = {
    logger: { get: () => logger },
    config: { get: () => config },
    env: { packageInfo: { version: '9.5.0' } },
  } as unknown as PluginInitializerContext<EckRemoteClustersConfig>;
  return new EckRemoteClustersServerPlugin(context);
}

describe('the server plugin and Task Manager', () => {
  beforeEach(() => (warnings.length = 0));

  it('registers the CA-rotation watch in setup, schedules it once in start, and runs it as the internal user', async () => {
    const calls: string[] = [];
    const coreStart = { elasticsearch: { client: { asInternalUser: internalUser(calls) } } } as unknown as CoreStart;
    const core = {
      http: { createRouter: () => router },
      getStartServices: async () => [coreStart, {}, undefined],
    } as unknown as CoreSetup<EckRemoteClustersStartDeps>;
    const definitions: Record<string, TaskRegisterDefinition> = {};
    const ensureScheduled = jest.fn(async (task) => task);
    const plugin = startPlugin({ ...DEFAULT_CONFIG, caWatch: { intervalMinutes: 15, warningDays: 30 } });

    plugin.setup(core, {
      features: { registerKibanaFeature: jest.fn() } as never,
      taskManager: { registerTaskDefinitions: (d) => Object.assign(definitions, d) },
    });
    expect(Object.keys(definitions)).toEqual([CA_WATCH_TASK_TYPE]);
    expect(ensureScheduled).not.toHaveBeenCalled();

    plugin.start(coreStart, { taskManager: { ensureScheduled } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(ensureScheduled).toHaveBeenCalledWith(
      expect.objectContaining({ id: CA_WATCH_TASK_ID, taskType: CA_WATCH_TASK_TYPE, schedule: { interval: '15m' } }),
    );

    const runner = definitions[CA_WATCH_TASK_TYPE].createTaskRunner({
      taskInstance: { id: CA_WATCH_TASK_ID, taskType: CA_WATCH_TASK_TYPE, params: {}, state: {} },
    });
    await expect(runner.run()).resolves.toEqual({ state: {} });
    // The local cluster was read as the internal user; what failed is logged, not thrown.
    expect(calls).toEqual(expect.arrayContaining(['ssl.certificates', 'cluster.remoteInfo']));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^CA-rotation watch: The ECK clusters could not be listed/),
        expect.stringMatching(/^API key lifecycle: the keys could not be listed/),
      ]),
    );
  });

  it('works without Task Manager: nothing is registered or scheduled', () => {
    const core = {
      http: { createRouter: () => router },
      getStartServices: async () => [{}, {}, undefined],
    } as unknown as CoreSetup<EckRemoteClustersStartDeps>;
    const plugin = startPlugin();
    expect(() => plugin.setup(core, { features: { registerKibanaFeature: jest.fn() } as never })).not.toThrow();
    expect(() => plugin.start({} as CoreStart, {})).not.toThrow();
  });
});
