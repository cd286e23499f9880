import type { Logger } from '@kbn/core/server';

/** A Logger that keeps every line, to assert what is logged and what never is. */
export function capturingLogger(lines: string[]): Logger {
  const log = (message: string | Error, meta?: unknown) =>
    void lines.push(`${String(message)} ${JSON.stringify(meta ?? {})}`);
  const logger: Logger = { trace: log, debug: log, info: log, warn: log, error: log, fatal: log, get: () => logger };
  return logger;
}
