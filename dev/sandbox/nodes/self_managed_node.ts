import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { estypes } from '@elastic/elasticsearch';
import { readKeystore } from './keystore_file';
import { configuredSslFiles, parseElasticsearchYml } from './node_config';
import type { NodeLog } from './node_log';
import { loadNodeState, loadSslFile, type LoadedNodeState, type NodePaths } from './node_start';

export type NodeStatus = 'running' | 'stopped' | 'failed';

/** Why a node's view of the world changed; each makes it reconnect its remotes. */
export type NodeChange = 'started' | 'secure_settings_reloaded' | 'ssl_files_reloaded';

/**
 * One self-managed Elasticsearch node: files on disk, and what it loaded from them. Static
 * settings and SSL files are read at start; the keystore at start and on reload; a rewritten SSL
 * file once the file watcher notices it.
 */
export interface SelfManagedNode {
  readonly name: string;
  readonly id: string;
  readonly home: string;
  readonly paths: NodePaths;
  readonly transportAddress: string;
  readonly log: NodeLog;
  status(): NodeStatus;
  /** Why the last start failed. */
  startupError(): string | undefined;
  /** What the running node loaded; `undefined` when it is not running. */
  loaded(): LoadedNodeState | undefined;
  /** Stops (if running) and starts again from the files on disk. */
  restart(): NodeStatus;
  stop(): void;
  reloadSecureSettings(password: string | undefined): estypes.NodesNodeReloadResult;
  /** Applies SSL files rewritten at least `delayMs` before `now`; true when one changed. */
  pollSslFiles(now: number, delayMs: number): boolean;
  /** elasticsearch.yml on disk differs from what the node runs with: only a restart applies it. */
  pendingRestart(): boolean;
}

export interface SelfManagedNodeOptions {
  readonly name: string;
  readonly id: string;
  readonly home: string;
  readonly paths: NodePaths;
  readonly transportAddress: string;
  readonly log: NodeLog;
  /** The password the service starts with (`KEYSTORE_PASSWORD`); empty for an unprotected keystore. */
  readonly keystorePassword: string;
  readonly onChange: (node: SelfManagedNode, change: NodeChange) => void;
}

export function createSelfManagedNode(options: SelfManagedNodeOptions): SelfManagedNode {
  let status: NodeStatus = 'stopped';
  let state: LoadedNodeState | undefined;
  let startupError: string | undefined;
  const { log, paths } = options;

  const node: SelfManagedNode = {
    name: options.name,
    id: options.id,
    home: options.home,
    paths,
    transportAddress: options.transportAddress,
    log,
    status: () => status,
    startupError: () => startupError,
    loaded: () => (status === 'running' ? state : undefined),
    restart() {
      node.stop();
      const outcome = loadNodeState(paths, options.keystorePassword);
      if (!outcome.ok) {
        status = 'failed';
        startupError = outcome.reason;
        log.write({
          level: 'WARN',
          logger: 'o.e.b.Elasticsearch',
          message: `fatal exception while booting Elasticsearch\n${outcome.reason}`,
        });
        return status;
      }
      status = 'running';
      state = outcome.state;
      startupError = undefined;
      log.write({ level: 'INFO', logger: 'o.e.n.Node', message: 'started' });
      options.onChange(node, 'started');
      return status;
    },
    stop() {
      if (status === 'running') log.write({ level: 'INFO', logger: 'o.e.n.Node', message: 'stopped' });
      status = 'stopped';
      state = undefined;
    },
    reloadSecureSettings(password) {
      const read = readKeystore(paths.keystorePath, password ?? '');
      if (!read.ok || !state) {
        const reason = read.ok ? 'node is not running' : read.reason;
        return { name: node.name, reload_exception: { type: read.ok ? 'illegal_state_exception' : read.type, reason } };
      }
      state = { ...state, secureSettings: read.settings };
      options.onChange(node, 'secure_settings_reloaded');
      const content = readFileSync(paths.keystorePath);
      return {
        name: node.name,
        secure_setting_names: Object.keys(read.settings).sort(),
        keystore_path: paths.keystorePath,
        keystore_digest: createHash('sha256').update(content).digest('hex'),
        keystore_last_modified_time: statSync(paths.keystorePath).mtime.toISOString(),
      };
    },
    pollSslFiles(now, delayMs) {
      if (!state) return false;
      const files = new Map(state.files);
      let changed = false;
      for (const file of configuredSslFiles(state.settings)) {
        const current = files.get(file.path);
        if (!current || !existsSync(current.absolutePath)) continue;
        const stat = statSync(current.absolutePath);
        const rewritten = stat.mtimeMs !== current.mtimeMs || stat.size !== current.size;
        if (!rewritten || now - stat.mtimeMs < delayMs) continue;
        const loaded = loadSslFile(paths.configDirectory, file);
        // Elasticsearch keeps the previous content when the new one cannot be used.
        if (typeof loaded === 'string') {
          log.write({ level: 'WARN', logger: 'o.e.x.c.s.SSLConfigurationReloader', message: loaded });
          files.set(file.path, { ...current, mtimeMs: stat.mtimeMs, size: stat.size });
          continue;
        }
        files.set(file.path, loaded);
        changed ||= loaded.content !== current.content;
        log.write({
          level: 'INFO',
          logger: 'o.e.x.c.s.SSLConfigurationReloader',
          message: `updated ssl contexts using file [${loaded.absolutePath}]`,
        });
      }
      state = { ...state, files };
      if (changed) options.onChange(node, 'ssl_files_reloaded');
      return changed;
    },
    pendingRestart() {
      if (!state) return false;
      const onDisk = parseElasticsearchYml(existsSync(paths.ymlPath) ? readFileSync(paths.ymlPath, 'utf8') : '');
      return !onDisk.ok || JSON.stringify(onDisk.settings) !== JSON.stringify(state.settings);
    },
  };
  return node;
}
