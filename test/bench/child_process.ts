import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const REPOSITORY = path.resolve(__dirname, '../..');

/** A TypeScript program of the repository in a process of its own, so that its memory is measured alone. */
export interface ChildProgram {
  /** The first match of `ready` in its output. */
  ready: RegExpMatchArray;
  pid: number;
  /** Resident set size now, from /proc (Linux). */
  rssBytes(): number;
  /** Its output from now on, a chunk at a time. */
  onOutput(listener: (text: string) => void): void;
  stop(): Promise<void>;
}

export interface ChildProgramOptions {
  readyTimeoutMs?: number;
  /** Flags for node itself, such as --trace-gc. */
  nodeArgs?: string[];
}

/**
 * Starts `script` through `node --import tsx` (a compiled `.js` with node alone), so that the PID is
 * the program's own (not npx's or tsx's), and resolves once its output matches `ready` (a program
 * may print its result that way).
 */
export async function startChildProgram(
  script: string,
  args: string[],
  ready: RegExp,
  { readyTimeoutMs = 60_000, nodeArgs = [] }: ChildProgramOptions = {},
): Promise<ChildProgram> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, ...(script.endsWith('.js') ? [] : ['--import', 'tsx']), script, ...args],
    {
      cwd: REPOSITORY,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(`${signal ?? code}`)));
  let timer: NodeJS.Timeout | undefined;
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = output.match(ready);
      if (found) resolve(found);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((how) =>
      reject(new Error(`${script} ended (${how}) before it was ready:\n${output.slice(-2000)}`)),
    );
    timer = setTimeout(
      () => reject(new Error(`${script} was not ready within ${readyTimeoutMs} ms:\n${output.slice(-2000)}`)),
      readyTimeoutMs,
    );
  })
    .catch((error: unknown) => {
      // Never left behind: a program that failed to start is stopped by its own PID.
      child.kill('SIGKILL');
      throw error;
    })
    .finally(() => clearTimeout(timer));
  // The pipes are drained whether or not anyone listens.
  const listeners: Array<(text: string) => void> = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream
      .removeAllListeners('data')
      .on('data', (chunk: Buffer) => listeners.forEach((l) => l(chunk.toString('utf8'))));
  }
  const pid = child.pid!;
  return {
    ready: match,
    pid,
    rssBytes() {
      const kilobytes = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1];
      if (!kilobytes) throw new Error(`no VmRSS for process ${pid}`);
      return Number(kilobytes) * 1024;
    },
    onOutput: (listener) => void listeners.push(listener),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    },
  };
}
