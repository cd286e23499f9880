import type { ChildProgram } from './child_process';

/** What one full collection (Mark-Compact) of a V8 heap left, in MB, from `node --trace-gc`. */
export interface FullCollection {
  /** The heap it kept: live objects. */
  live: number;
  /** The heap V8 keeps committed after it, which follows the limit V8 sets for the next one. */
  committed: number;
}

/** `[pid:0xisolate]   1234 ms: Mark-Compact 276.1 (307.9) -> 71.0 (306.9) MB, …` */
export function parseFullCollection(line: string): ({ isolate: string } & FullCollection) | undefined {
  const found = line.match(/^\[\d+:(0x[0-9a-f]+)\].*Mark-Compact.* -> ([\d.]+) \(([\d.]+)\) MB/);
  return found ? { isolate: found[1], live: Number(found[2]), committed: Number(found[3]) } : undefined;
}

/**
 * The full collections of a process started with --trace-gc, from now on. Only its main isolate's
 * count: the one with the largest heap (a loader may run another in a worker).
 */
export function followFullCollections(program: ChildProgram): { all(): FullCollection[]; since(): FullCollection[] } {
  const byIsolate = new Map<string, FullCollection[]>();
  let partial = '';
  program.onOutput((text) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const collection = parseFullCollection(line);
      if (!collection) continue;
      const { isolate, ...sizes } = collection;
      byIsolate.set(isolate, [...(byIsolate.get(isolate) ?? []), sizes]);
    }
  });
  const largest = (lists: FullCollection[][]) =>
    lists.sort((a, b) => Math.max(0, ...b.map((c) => c.live)) - Math.max(0, ...a.map((c) => c.live)))[0] ?? [];
  let marked = new Map<string, number>();
  return {
    all: () => largest([...byIsolate.values()]),
    /** Since the previous call. */
    since() {
      const lists = [...byIsolate].map(([isolate, list]) => list.slice(marked.get(isolate) ?? 0));
      marked = new Map([...byIsolate].map(([isolate, list]) => [isolate, list.length]));
      return largest(lists);
    },
  };
}
