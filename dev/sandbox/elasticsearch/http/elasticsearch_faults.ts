import type { Fault } from '../../faults/fault_switch';
import { ElasticsearchError } from './elasticsearch_error';

/** What a fault rule sees of an Elasticsearch request. */
export interface ElasticsearchFaultRequest {
  readonly method: string;
  readonly path: string;
}

/** A node without an elected master answers every request so, whatever the action. */
export const masterNotDiscovered = () =>
  new ElasticsearchError(503, 'master_not_discovered_exception', 'no master node (fault injected by the sandbox)');

export const versionConflict = () =>
  new ElasticsearchError(409, 'version_conflict_engine_exception', 'version conflict (fault injected by the sandbox)');

/** The faults the HTTP server carries out itself, since they are about the connection, not a body. */
export type ConnectionFault = Extract<Fault, 'timeout' | 'drop'>;

export const isConnectionFault = (fault: Fault): fault is ConnectionFault => fault === 'timeout' || fault === 'drop';
