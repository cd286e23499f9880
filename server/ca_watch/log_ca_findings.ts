import type { Logger } from '@kbn/core/server';
import type { CaWatchResponse } from '../../common/ca_watch/ca_watch_types';

/**
 * One line per ECK cluster that needs attention: its name, state and reason (subjects, serials,
 * dates, node names and paths — public facts). Never the PEM, a key or a password.
 */
export function logCaFindings(logger: Logger, result: CaWatchResponse): void {
  for (const error of result.errors) logger.warn(`CA-rotation watch: ${error}`);
  for (const finding of result.findings) {
    const what = `CA-rotation watch: ${finding.namespace}/${finding.name} (remote ${finding.aliases.join(', ')})`;
    const meta = { eckCluster: `${finding.namespace}/${finding.name}`, state: finding.state };
    if (finding.state === 'in_sync') logger.debug(`${what}: ${finding.reason}`, meta);
    else logger.warn(`${what} ${finding.state.replace('_', ' ')}: ${finding.reason}`, meta);
  }
}
