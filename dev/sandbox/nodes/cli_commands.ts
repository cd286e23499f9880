/** One call to the control endpoint, and how to print its answer. */
export interface ControlCall {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly body?: string;
  /** `exec`: print the command's stdout and stderr and exit with its code. */
  readonly output: 'json' | 'text' | 'exec';
}

export class CliUsageError extends Error {}

export const CLI_USAGE = `Usage: npx tsx dev/sandbox/cli.ts <command>

  nodes                                        list the local cluster's nodes
  rolling-restart                              restart every node, one after the other
  settle                                       wait until no node is dialling a remote cluster
  node <node> restart                          restart one node (applies elasticsearch.yml)
  node <node> logs                             print the node's log
  node <node> keystore <args…>                 run bin/elasticsearch-keystore <args…> (stdin is passed on)
  node <node> exec -- <command…>               run a generated command as written, e.g.
                                                 exec -- bin/elasticsearch-keystore add -x cluster.remote.x.credentials
  node <node> place-file <path>                write stdin to <path> under the config directory
  node <node> yml show                         print elasticsearch.yml
  node <node> yml append [<line>]              append a line (or stdin) to elasticsearch.yml
  node <node> yml replace                      replace elasticsearch.yml with stdin

The control endpoint comes from ECK_SANDBOX_CONTROL_URL, else from the state file the sandbox writes
(ECK_SANDBOX_STATE_FILE overrides where it is).`;

const exec = (node: string, argv: readonly string[], stdin: string): ControlCall => ({
  method: 'POST',
  path: `/_sandbox/nodes/${encodeURIComponent(node)}/_exec`,
  body: JSON.stringify({ argv, stdin }),
  output: 'exec',
});

function nodeCommand(node: string, args: readonly string[], stdin: () => string): ControlCall {
  const base = `/_sandbox/nodes/${encodeURIComponent(node)}`;
  const [command, ...rest] = args;
  switch (command) {
    case 'restart':
      return { method: 'POST', path: `${base}/_restart`, output: 'json' };
    case 'logs':
      return { method: 'GET', path: `${base}/logs`, output: 'text' };
    case 'keystore':
      return exec(node, ['bin/elasticsearch-keystore', ...rest], stdin());
    case 'exec': {
      const argv = rest[0] === '--' ? rest.slice(1) : rest;
      if (argv.length === 0) throw new CliUsageError('exec needs a command after --');
      return exec(node, argv, stdin());
    }
    case 'place-file':
      if (!rest[0]) throw new CliUsageError('place-file needs a path under the config directory');
      return {
        method: 'PUT',
        path: `${base}/files/${rest[0].split('/').map(encodeURIComponent).join('/')}`,
        body: stdin(),
        output: 'json',
      };
    case 'yml': {
      const [action, ...text] = rest;
      if (action === 'show') return { method: 'GET', path: `${base}/elasticsearch.yml`, output: 'text' };
      if (action === 'append') {
        return {
          method: 'POST',
          path: `${base}/elasticsearch.yml`,
          body: text.length > 0 ? text.join(' ') : stdin(),
          output: 'json',
        };
      }
      if (action === 'replace')
        return { method: 'PUT', path: `${base}/elasticsearch.yml`, body: stdin(), output: 'json' };
      throw new CliUsageError(`yml takes show, append or replace, not [${action ?? ''}]`);
    }
    default:
      throw new CliUsageError(`unknown node command [${command ?? ''}]`);
  }
}

/** Turns the CLI's arguments into the control call they mean; `stdin` is read only when needed. */
export function planCliCommand(argv: readonly string[], stdin: () => string): ControlCall {
  const [command, ...rest] = argv;
  switch (command) {
    case 'nodes':
      return { method: 'GET', path: '/_sandbox/nodes', output: 'json' };
    case 'rolling-restart':
      return { method: 'POST', path: '/_sandbox/_rolling_restart', output: 'json' };
    case 'settle':
      return { method: 'POST', path: '/_sandbox/_settle', output: 'json' };
    case 'node':
      if (!rest[0]) throw new CliUsageError('node needs a node name, e.g. es-local-1');
      return nodeCommand(rest[0], rest.slice(1), stdin);
    default:
      throw new CliUsageError(command ? `unknown command [${command}]` : 'missing command');
  }
}
