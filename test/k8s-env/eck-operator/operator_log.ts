import { existsSync, readFileSync } from 'node:fs';

/** One line of the operator's log: ECK logs ECS-style JSON through zap. */
export interface OperatorLogEntry {
  '@timestamp': string;
  'log.level': string;
  'log.logger'?: string;
  message: string;
  /** Set by controller-runtime on its own lines ("Starting workers"). */
  controller?: string;
  namespace?: string;
  es_name?: string;
  [field: string]: unknown;
}

/** Every JSON line of the log so far; the few lines that are not JSON (Go panics) are skipped. */
export function readOperatorLog(logPath: string): OperatorLogEntry[] {
  if (!existsSync(logPath)) return [];
  return readFileSync(logPath, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return line.startsWith('{') ? [JSON.parse(line) as OperatorLogEntry] : [];
      } catch {
        // The last line may still be half written.
        return [];
      }
    });
}

/** What a test asks of the log: a predicate and the words to fail with. */
export interface LogExpectation {
  what: string;
  matches: (entry: OperatorLogEntry) => boolean;
}

/** The Elasticsearch controller began processing its queue, so the operator is ready. */
export const elasticsearchControllerStarted: LogExpectation = {
  what: 'the elasticsearch controller started its workers',
  matches: (entry) => entry.message === 'Starting workers' && entry.controller === 'elasticsearch-controller',
};

/** One pass of ECK's Elasticsearch reconciler finished for the named resource. */
export function reconciliationEnded(namespace: string, name: string): LogExpectation {
  return {
    what: `a reconciliation run of Elasticsearch ${namespace}/${name} ended`,
    matches: (entry) =>
      entry.message === 'Ending reconciliation run' &&
      entry['log.logger'] === 'elasticsearch-controller' &&
      entry.namespace === namespace &&
      entry.es_name === name,
  };
}
