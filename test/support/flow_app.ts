import type { Logger } from '@kbn/core/server';
import type { Standalone } from '../../dev/host/start_standalone';
import { startSandboxApp } from '../browser/support/standalone_app';
import { QUICK_WORLD } from '../flows/connect_logs_remote';

/** A logger that keeps every line, so a test can show no secret was logged. */
export function capturingLogger(lines: string[]): Logger {
  const log = (message: string | Error, meta?: unknown) =>
    void lines.push(`${String(message)} ${JSON.stringify(meta ?? {})}`);
  const logger = { trace: log, debug: log, info: log, warn: log, error: log, fatal: log, get: () => logger };
  return logger as unknown as Logger;
}

/** The standalone host over a sandbox whose ECK, load balancers and CA reloads are quick, for end-to-end flows. */
export function startFlowApp(logLines: string[] = []): Promise<Standalone> {
  return startSandboxApp({
    world: QUICK_WORLD,
    logger: capturingLogger(logLines),
  });
}
