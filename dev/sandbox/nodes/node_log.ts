import { appendFileSync } from 'node:fs';
import type { NodeLogLine } from '../elasticsearch/remote_clusters/connection_failure';

/** A node's log: kept in memory for tests and the control endpoint, and written where Elasticsearch writes it. */
export interface NodeLog {
  write(line: NodeLogLine): void;
  lines(): readonly string[];
}

/** Elasticsearch's default pattern: `[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name] %m`. */
function formatLogLine(line: NodeLogLine, nodeName: string, at: Date): string {
  // Log4j's ISO8601 date: `2023-06-28T16:36:47,264`.
  const iso = at.toISOString();
  const timestamp = `${iso.slice(0, 19)},${iso.slice(20, 23)}`;
  return `[${timestamp}][${line.level.padEnd(5)}][${line.logger.padEnd(25)}] [${nodeName}] ${line.message}`;
}

export function createNodeLog(nodeName: string, file: string): NodeLog {
  const lines: string[] = [];
  return {
    write(line) {
      const formatted = formatLogLine(line, nodeName, new Date());
      lines.push(formatted);
      appendFileSync(file, `${formatted}\n`);
    },
    lines: () => lines,
  };
}
