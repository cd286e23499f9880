import { readFileSync } from 'node:fs';
import { CLI_USAGE, CliUsageError, planCliCommand, type ControlCall } from './nodes/cli_commands';
import { CONTROL_URL_ENV, controlUrlFrom, stateFilePath } from './nodes/control_state';

/** The admin's shell on the sandbox's self-managed nodes: talks to the world's control endpoint. */

function readStdin(): string {
  // A terminal is not input: only piped or redirected stdin carries a value.
  return process.stdin.isTTY ? '' : readFileSync(0, 'utf8');
}

async function call(url: string, plan: ControlCall): Promise<number> {
  const response = await fetch(`${url}${plan.path}`, { method: plan.method, body: plan.body });
  const text = await response.text();
  if (!response.ok) {
    console.error((JSON.parse(text) as { error?: string }).error ?? text);
    return 1;
  }
  if (plan.output === 'exec') {
    const result = JSON.parse(text) as { exit_code: number; stdout: string; stderr: string };
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    return result.exit_code;
  }
  process.stdout.write(plan.output === 'text' ? text : `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  return 0;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    console.log(CLI_USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const plan = planCliCommand(argv, readStdin);
  const url = controlUrlFrom();
  if (!url) {
    console.error(
      `No sandbox is running: set ${CONTROL_URL_ENV}, or start the sandbox so it writes ${stateFilePath()}`,
    );
    return 1;
  }
  return call(url, plan);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CliUsageError ? `${error.message}\n\n${CLI_USAGE}` : (error as Error).message);
    process.exit(error instanceof CliUsageError ? 2 : 1);
  },
);
