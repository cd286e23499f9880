/** One request as the server saw it; `username` is null when authentication did not succeed. */
export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly uri: string;
  readonly username: string | null;
  readonly status: number;
  /** The Elasticsearch action the request maps to, when it reached an endpoint. */
  readonly action?: string;
}

/** A request that reached an endpoint able to change the cluster, and whether it did. */
export interface WriteLogEntry {
  readonly method: string;
  readonly path: string;
  readonly action: string;
  readonly username: string;
  readonly changed: boolean;
  /** What was applied, in the endpoint's own terms (for settings: the flat persistent/transient keys). */
  readonly detail: unknown;
}

/**
 * What tests inspect to prove what the plugin did, and above all what it did not do: a flow that
 * must only read can be checked with `writes.length === 0`.
 */
export interface RequestLog {
  readonly requests: readonly RequestLogEntry[];
  readonly writes: readonly WriteLogEntry[];
  clear(): void;
}

export interface RequestLogRecorder extends RequestLog {
  recordRequest(entry: RequestLogEntry): void;
  recordWrite(entry: WriteLogEntry): void;
}

export function createRequestLog(): RequestLogRecorder {
  const requests: RequestLogEntry[] = [];
  const writes: WriteLogEntry[] = [];
  return {
    requests,
    writes,
    clear() {
      requests.length = 0;
      writes.length = 0;
    },
    recordRequest: (entry) => void requests.push(entry),
    recordWrite: (entry) => void writes.push(entry),
  };
}
