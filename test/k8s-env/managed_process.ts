import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

/** A child process whose output goes to a log file, and that is stopped by its own PID only. */
export interface ManagedProcess {
  name: string;
  pid: number;
  /** Resolves once the process has exited, with how it ended ("exit code 1", "signal SIGTERM"). */
  exited: Promise<string>;
  hasExited(): boolean;
  logTail(lines?: number): string;
  /** SIGTERM, then SIGKILL if the process is still running after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export async function startProcess(
  name: string,
  command: string,
  args: string[],
  logPath: string,
): Promise<ManagedProcess> {
  const log = openSync(logPath, 'a');
  const child = spawn(command, args, { stdio: ['ignore', log, log] });
  closeSync(log);

  let ended: string | undefined;
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve((ended = `could not start: ${error.message}`)));
    child.once('exit', (code, signal) => resolve((ended = signal ? `signal ${signal}` : `exit code ${code}`)));
  });

  // Without a PID there is nothing to stop; the 'error' event says why (a missing binary, say).
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} ${await exited}`);

  const logTail = (lines = 30) => {
    const text = readFileSync(logPath, 'utf8').trimEnd();
    return `${name} log (${logPath}), last ${lines} lines:\n${text.split('\n').slice(-lines).join('\n')}`;
  };

  return {
    name,
    pid,
    exited,
    hasExited: () => ended !== undefined,
    logTail,
    async stop(graceMs = 10_000) {
      if (ended !== undefined) return;
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), graceMs)));
      const ending = await Promise.race([exited, graceOver]);
      clearTimeout(timer);
      if (ending === undefined) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** Whether a process exists (signal 0 checks without sending anything). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
