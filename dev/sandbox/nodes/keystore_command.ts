import { createKeystore, isPasswordProtected, keystoreExists, readKeystore, writeKeystore } from './keystore_file';

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `org.elasticsearch.cli.ExitCodes`. */
const EXIT = { ok: 0, usage: 64, dataError: 65, config: 78 } as const;
/** `KeyStoreWrapper.ALLOWED_SETTING_NAME`. */
const ALLOWED_SETTING_NAME = /^[A-Za-z0-9_\-.]+$/;

class UserError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** Standard input read a line at a time, as the terminal reads prompts and `--stdin` values. */
function lineReader(stdin: string) {
  let rest = stdin;
  return (): string | undefined => {
    if (rest === '') return undefined;
    const newline = rest.indexOf('\n');
    const line = newline === -1 ? rest : rest.slice(0, newline);
    rest = newline === -1 ? '' : rest.slice(newline + 1);
    return line.replace(/\r$/, '');
  };
}

interface Invocation {
  readonly path: string;
  readonly settings: readonly string[];
  readonly stdinMode: boolean;
  readonly force: boolean;
  readonly out: string[];
  readonly nextLine: () => string | undefined;
}

function promptYesNo(invocation: Invocation, question: string): boolean {
  invocation.out.push(`${question} [y/N]`);
  return /^(y|yes)$/i.test(invocation.nextLine()?.trim() ?? '');
}

interface OpenKeystore {
  readonly stored: Record<string, string>;
  /** Kept to write the keystore back with the protection it had. */
  readonly password: string;
}

/** A password-protected keystore asks for its password first. */
function open(invocation: Invocation): OpenKeystore {
  if (!keystoreExists(invocation.path)) {
    throw new UserError(
      EXIT.config,
      `Elasticsearch keystore not found at [${invocation.path}]. Use 'create' command to create one.`,
    );
  }
  let password = '';
  if (isPasswordProtected(invocation.path)) {
    invocation.out.push('Enter password for the elasticsearch keystore : ');
    password = invocation.nextLine() ?? '';
  }
  const read = readKeystore(invocation.path, password);
  if (!read.ok) throw new UserError(EXIT.dataError, read.reason);
  return { stored: { ...read.settings }, password };
}

function add(invocation: Invocation): number {
  const { path, settings, out } = invocation;
  if (settings.length === 0) throw new UserError(EXIT.usage, 'Missing setting name');
  if (!keystoreExists(path)) {
    if (
      !invocation.force &&
      !promptYesNo(invocation, 'The elasticsearch keystore does not exist. Do you want to create it?')
    ) {
      out.push('Exiting without creating keystore.');
      return EXIT.ok;
    }
    createKeystore(path, '');
  }
  const { stored, password } = open(invocation);
  for (const setting of settings) {
    if (!ALLOWED_SETTING_NAME.test(setting)) {
      throw new UserError(
        EXIT.dataError,
        `Setting name [${setting}] does not match the allowed setting name pattern [[A-Za-z0-9_\\-.]+]`,
      );
    }
    if (
      setting in stored &&
      !invocation.force &&
      !promptYesNo(invocation, `Setting ${setting} already exists. Overwrite?`)
    ) {
      out.push('Exiting without modifying keystore.');
      return EXIT.ok;
    }
    if (!invocation.stdinMode) out.push(`Enter value for ${setting}: `);
    const value = invocation.nextLine();
    if (value === undefined) throw new UserError(EXIT.dataError, `Missing value for setting [${setting}]`);
    stored[setting] = value;
  }
  writeKeystore(path, stored, password);
  return EXIT.ok;
}

function remove(invocation: Invocation): number {
  if (invocation.settings.length === 0) throw new UserError(EXIT.usage, 'Must supply at least one setting to remove');
  const { stored, password } = open(invocation);
  for (const setting of invocation.settings) {
    if (!(setting in stored)) throw new UserError(EXIT.config, `Setting [${setting}] does not exist in the keystore.`);
    delete stored[setting];
  }
  writeKeystore(invocation.path, stored, password);
  return EXIT.ok;
}

function run(subcommand: string, invocation: Invocation): number {
  switch (subcommand) {
    case 'add':
      return add(invocation);
    case 'remove':
      return remove(invocation);
    case 'list':
      invocation.out.push(...Object.keys(open(invocation).stored).sort());
      return EXIT.ok;
    case 'show': {
      const [setting] = invocation.settings;
      const { stored } = open(invocation);
      if (!setting || !(setting in stored))
        throw new UserError(EXIT.config, `Setting [${setting}] does not exist in the keystore.`);
      invocation.out.push(stored[setting]);
      return EXIT.ok;
    }
    case 'create':
      if (
        keystoreExists(invocation.path) &&
        !promptYesNo(invocation, 'An elasticsearch keystore already exists. Overwrite?')
      ) {
        invocation.out.push('Exiting without creating keystore.');
        return EXIT.ok;
      }
      createKeystore(invocation.path, '');
      return EXIT.ok;
    default:
      throw new UserError(EXIT.usage, `Unknown command [${subcommand}]`);
  }
}

const FLAGS: Readonly<Record<string, 'stdin' | 'force' | 'ignored'>> = {
  '-x': 'stdin',
  '--stdin': 'stdin',
  '-f': 'force',
  '--force': 'force',
  '-s': 'ignored',
  '--silent': 'ignored',
  '-v': 'ignored',
  '--verbose': 'ignored',
};

/**
 * `bin/elasticsearch-keystore <create|list|add|show|remove> [options] [settings]` against the
 * simulated keystore at `path`, reading prompts and values from `stdin` a line at a time.
 */
export function runKeystoreCommand(path: string, args: readonly string[], stdin: string): CommandResult {
  const [subcommand, ...rest] = args;
  const out: string[] = [];
  try {
    if (!subcommand) throw new UserError(EXIT.usage, 'Missing command');
    const unknown = rest.find((arg) => arg.startsWith('-') && !(arg in FLAGS));
    if (unknown) throw new UserError(EXIT.usage, `${unknown.replace(/^-+/, '')} is not a recognized option`);
    const invocation: Invocation = {
      path,
      settings: rest.filter((arg) => !arg.startsWith('-')),
      stdinMode: rest.some((arg) => FLAGS[arg] === 'stdin'),
      force: rest.some((arg) => FLAGS[arg] === 'force'),
      out,
      nextLine: lineReader(stdin),
    };
    const exitCode = run(subcommand, invocation);
    return { exitCode, stdout: out.map((line) => `${line}\n`).join(''), stderr: '' };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return {
      exitCode: error.exitCode,
      stdout: out.map((line) => `${line}\n`).join(''),
      stderr: `ERROR: ${error.message}\n`,
    };
  }
}
