import { startStandalone, type Standalone, type StandaloneExtras } from '../../../dev/host/start_standalone';
import type { Logger } from '@kbn/core/server';

const quietLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  fatal: () => undefined,
  get: () => quietLogger,
};

/** `npm start` as a test fixture: the standalone host on a free port, over a fresh sandbox. */
export function startSandboxApp(extras: StandaloneExtras = {}): Promise<Standalone> {
  return startStandalone(
    { sandbox: true, port: 0, host: '127.0.0.1', namespaces: [] },
    { logger: quietLogger, ...extras },
  );
}
