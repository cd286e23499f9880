import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { splitPemCertificates } from '../tls/pem';
import type { FlatSettings } from '../elasticsearch/settings/settings_tree';
import { readKeystore } from './keystore_file';
import { configuredSslFiles, parseElasticsearchYml, type ConfiguredSslFile } from './node_config';
import type { LoadedFile } from './node_ssl';

/** Everything a node reads from its config directory when it starts, and keeps until the next start. */
export interface LoadedNodeState {
  readonly settings: FlatSettings;
  readonly secureSettings: Readonly<Record<string, string>>;
  readonly files: ReadonlyMap<string, LoadedFile>;
  readonly startedAt: Date;
}

export interface NodePaths {
  readonly configDirectory: string;
  readonly ymlPath: string;
  readonly keystorePath: string;
}

export type StartOutcome =
  { readonly ok: true; readonly state: LoadedNodeState } | { readonly ok: false; readonly reason: string };

function absoluteConfigPath(configDirectory: string, configured: string): string {
  return path.isAbsolute(configured) ? configured : path.join(configDirectory, configured);
}

/** Reads one SSL file, or says why the SSL context cannot load it. */
export function loadSslFile(configDirectory: string, file: ConfiguredSslFile): LoadedFile | string {
  const absolutePath = absoluteConfigPath(configDirectory, file.path);
  const failed = (why: string) =>
    `failed to load SSL configuration [${file.context}] - cannot read configured PEM ${file.setting} [${absolutePath}] ${why}`;
  if (!existsSync(absolutePath)) return failed('because the file does not exist');
  const content = readFileSync(absolutePath, 'utf8');
  if (file.setting !== 'key' && splitPemCertificates(content).length === 0)
    return failed('because it contains no certificates');
  const stat = statSync(absolutePath);
  return { absolutePath, content, mtimeMs: stat.mtimeMs, size: stat.size };
}

/**
 * A node start: elasticsearch.yml, the keystore (opened with the password the service is started
 * with) and every file the SSL contexts name. Any of them failing keeps the node down.
 */
export function loadNodeState(paths: NodePaths, keystorePassword: string): StartOutcome {
  const yml = parseElasticsearchYml(existsSync(paths.ymlPath) ? readFileSync(paths.ymlPath, 'utf8') : '');
  if (!yml.ok) return { ok: false, reason: yml.reason };
  // A node starts without a keystore; it only fails on one it cannot open.
  const keystore = existsSync(paths.keystorePath) ? readKeystore(paths.keystorePath, keystorePassword) : undefined;
  if (keystore && !keystore.ok) return { ok: false, reason: keystore.reason };
  const files = new Map<string, LoadedFile>();
  for (const file of configuredSslFiles(yml.settings)) {
    const loaded = loadSslFile(paths.configDirectory, file);
    if (typeof loaded === 'string') return { ok: false, reason: loaded };
    files.set(file.path, loaded);
  }
  return {
    ok: true,
    state: { settings: yml.settings, secureSettings: keystore?.settings ?? {}, files, startedAt: new Date() },
  };
}
