/**
 * What a sandbox server does instead of its work, to prove how a client copes with an outage:
 * - `error`: the server's own failure status (Kubernetes 500, Elasticsearch 503);
 * - `conflict`: 409, as if another writer got there first;
 * - `timeout`: no answer at all, until the client gives up;
 * - `drop`: the connection is cut mid-request (for a port-forward: after the client's first bytes);
 * - `lost`: the server does the work, then never answers: the change landed, the client cannot know.
 */
export type Fault = 'error' | 'conflict' | 'timeout' | 'drop' | 'lost';

export interface FaultRule<Request> {
  fault: Fault;
  /** Which requests it hits; every request when absent. */
  when?: (request: Request) => boolean;
  /** How many requests it hits before it lifts by itself; no limit when absent. */
  times?: number;
}

/** A switch tests flip on a running sandbox server; the server asks it about every request. */
export interface FaultSwitch<Request> {
  inject(rule: FaultRule<Request>): void;
  /** Lifts every fault: the server behaves again from the next request on. */
  clear(): void;
  /** The fault this request gets, counted against its rule; undefined for a normal answer. */
  faultFor(request: Request): Fault | undefined;
  /** How many requests got a fault since the server started: proves a fault was really hit. */
  readonly hits: number;
}

export function createFaultSwitch<Request>(): FaultSwitch<Request> {
  let rules: Array<FaultRule<Request> & { left: number }> = [];
  let hits = 0;
  return {
    inject(rule) {
      rules.push({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY });
    },
    clear() {
      rules = [];
    },
    faultFor(request) {
      const rule = rules.find((candidate) => candidate.left > 0 && (candidate.when?.(request) ?? true));
      if (!rule) return undefined;
      rule.left -= 1;
      hits += 1;
      return rule.fault;
    },
    get hits() {
      return hits;
    },
  };
}
