import type { Logger, LogMeta } from '@kbn/core/server';

type Level = 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'trace';

/** Kibana's Logger contract, written as JSON lines like Kibana's JSON layout. */
export function createHostLogger(
  context = 'eckRemoteClusters',
  write = (line: string) => process.stdout.write(line + '\n'),
): Logger {
  const log = (level: Level) => (messageOrError: string | Error, meta?: LogMeta) => {
    const message = typeof messageOrError === 'string' ? messageOrError : messageOrError.message;
    write(
      JSON.stringify({
        '@timestamp': new Date().toISOString(),
        log: { level: level.toUpperCase(), logger: context },
        message,
        ...meta,
      }),
    );
  };
  return {
    trace: log('trace'),
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    fatal: log('fatal'),
    get: (...paths: string[]) => createHostLogger([context, ...paths].join('.'), write),
  };
}
