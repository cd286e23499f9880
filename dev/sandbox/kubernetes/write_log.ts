/**
 * One mutating request (create, update, patch, delete, deletecollection), as answered. Suites read
 * the log to prove that a rejected request changed nothing: its status is not 2xx and `changed`
 * is false, and no later record of the object shows a change it made.
 */
export interface WriteRecord {
  verb: string;
  /** API group, '' for the core group. */
  group: string;
  /** With the subresource, as RBAC names it: `services/status`. */
  resource: string;
  namespace?: string;
  name?: string;
  /** Undefined when the request was not authenticated. */
  user?: string;
  status: number;
  /** Whether the store changed (a patch that changes nothing is answered 200 and writes nothing). */
  changed: boolean;
}

export const MUTATING_VERBS = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);
