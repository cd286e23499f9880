import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runKeystoreCommand, type CommandResult } from './keystore_command';
import type { SelfManagedCluster } from './self_managed_cluster';
import type { NodeStatus, SelfManagedNode } from './self_managed_node';

/** A refused action, with the HTTP status the control endpoint answers it with. */
export class NodeActionError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'NodeActionError';
  }
}

export interface NodeSummary {
  readonly name: string;
  readonly id: string;
  readonly status: NodeStatus;
  readonly startupError?: string;
  readonly home: string;
  readonly configDirectory: string;
  /** elasticsearch.yml was edited since the node started: a restart is needed to apply it. */
  readonly pendingRestart: boolean;
}

/** What an admin does on the hosts of a self-managed cluster, exactly as the manual steps say. */
export interface NodeActions {
  listNodes(): NodeSummary[];
  keystoreAdd(node: string, setting: string, value: string, options?: { force?: boolean }): CommandResult;
  keystoreRemove(node: string, setting: string): CommandResult;
  keystoreList(node: string): string[];
  /** Runs `bin/elasticsearch-keystore …` as written, with `stdin` piped in. */
  exec(node: string, argv: readonly string[], stdin: string): CommandResult;
  readYaml(node: string): string;
  /** Replaces elasticsearch.yml, or appends lines to it. */
  editYaml(node: string, edit: { readonly text: string } | { readonly append: string }): void;
  /** Writes a file under the node's config directory (`certs/eck-ca.crt`). */
  placeFile(node: string, relativePath: string, content: string): string;
  restart(node: string): NodeSummary;
  rollingRestart(): NodeSummary[];
  logs(node: string): readonly string[];
}

const KEYSTORE_TOOL = 'elasticsearch-keystore';

function summary(node: SelfManagedNode): NodeSummary {
  return {
    name: node.name,
    id: node.id,
    status: node.status(),
    ...(node.startupError() ? { startupError: node.startupError() } : {}),
    home: node.home,
    configDirectory: node.paths.configDirectory,
    pendingRestart: node.pendingRestart(),
  };
}

/** A path inside the config directory; anything that climbs out of it is refused. */
function configFile(node: SelfManagedNode, relativePath: string): string {
  const target = path.resolve(node.paths.configDirectory, relativePath);
  if (path.isAbsolute(relativePath) || !target.startsWith(`${node.paths.configDirectory}${path.sep}`)) {
    throw new NodeActionError(400, `[${relativePath}] is not a path inside the config directory of [${node.name}]`);
  }
  return target;
}

function succeeded(result: CommandResult): CommandResult {
  if (result.exitCode !== 0) throw new NodeActionError(400, result.stderr.trim());
  // Declining to overwrite exits 0 without changing anything; as an action that is a conflict.
  if (/Exiting without/.test(result.stdout)) throw new NodeActionError(409, result.stdout.trim().split('\n').join(' '));
  return result;
}

export function createNodeActions(cluster: SelfManagedCluster): NodeActions {
  const find = (name: string) => {
    const node = cluster.nodes.find((candidate) => candidate.name === name);
    if (!node)
      throw new NodeActionError(404, `no node [${name}]; nodes are [${cluster.nodes.map((n) => n.name).join(', ')}]`);
    return node;
  };
  const keystore = (name: string, args: string[], stdin = '') =>
    runKeystoreCommand(find(name).paths.keystorePath, args, stdin);

  return {
    listNodes: () => cluster.nodes.map(summary),
    keystoreAdd: (name, setting, value, options = {}) =>
      succeeded(keystore(name, ['add', '--stdin', ...(options.force ? ['--force'] : []), setting], value)),
    keystoreRemove: (name, setting) => succeeded(keystore(name, ['remove', setting])),
    keystoreList: (name) =>
      succeeded(keystore(name, ['list']))
        .stdout.split('\n')
        .filter((line) => line !== ''),
    exec(name, argv, stdin) {
      const [tool, ...args] = argv;
      if (!tool || path.basename(tool) !== KEYSTORE_TOOL) {
        throw new NodeActionError(400, `only bin/${KEYSTORE_TOOL} can be run on a sandbox node, not [${tool ?? ''}]`);
      }
      return keystore(name, args, stdin);
    },
    readYaml: (name) => readFileSync(find(name).paths.ymlPath, 'utf8'),
    editYaml(name, edit) {
      const file = find(name).paths.ymlPath;
      if ('text' in edit) {
        writeFileSync(file, edit.text);
        return;
      }
      const current = readFileSync(file, 'utf8');
      const separator = current === '' || current.endsWith('\n') ? '' : '\n';
      writeFileSync(file, `${current}${separator}${edit.append.endsWith('\n') ? edit.append : `${edit.append}\n`}`);
    },
    placeFile(name, relativePath, content) {
      const target = configFile(find(name), relativePath);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
      return target;
    },
    restart: (name) => {
      find(name).restart();
      return summary(find(name));
    },
    rollingRestart() {
      cluster.rollingRestart();
      return cluster.nodes.map(summary);
    },
    logs: (name) => find(name).log.lines(),
  };
}
