import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where the CLI finds the control endpoint: this variable first, then the state file. */
export const CONTROL_URL_ENV = 'ECK_SANDBOX_CONTROL_URL';
/** Overrides the state file's location. */
export const STATE_FILE_ENV = 'ECK_SANDBOX_STATE_FILE';

/** What a running sandbox world tells the tools next to it. */
export interface SandboxState {
  readonly controlUrl: string;
  readonly [other: string]: unknown;
}

export function stateFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env[STATE_FILE_ENV] ?? path.join(tmpdir(), 'eck-remote-clusters-sandbox', 'state.json');
}

/** Written by the world when it starts; returns the file's path. */
export function writeSandboxState(state: SandboxState, file = stateFilePath()): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  return file;
}

export function controlUrlFrom(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env[CONTROL_URL_ENV]) return env[CONTROL_URL_ENV];
  const file = stateFilePath(env);
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as Partial<SandboxState>).controlUrl;
  } catch {
    return undefined;
  }
}
