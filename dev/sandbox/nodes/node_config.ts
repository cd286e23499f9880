import { loadYaml } from '@kubernetes/client-node';
import {
  flattenSettings,
  settingAsList,
  sortSettings,
  type FlatSettings,
  type SettingValue,
} from '../elasticsearch/settings/settings_tree';
import type { VerificationMode } from '../elasticsearch/remote_clusters/ssl_context';

export type ParsedYml =
  { readonly ok: true; readonly settings: FlatSettings } | { readonly ok: false; readonly reason: string };

/** elasticsearch.yml: nested or dotted keys, flattened as Elasticsearch's settings loader does. */
export function parseElasticsearchYml(text: string): ParsedYml {
  let document: unknown;
  try {
    document = loadYaml(text);
  } catch (error) {
    return { ok: false, reason: `Failed to load settings from [elasticsearch.yml]: ${(error as Error).message}` };
  }
  if (document === undefined || document === null) return { ok: true, settings: {} };
  if (typeof document !== 'object' || Array.isArray(document)) {
    return {
      ok: false,
      reason: 'Failed to load settings from [elasticsearch.yml]: the document is not a map of settings',
    };
  }
  const flat = flattenSettings(document);
  const settings = Object.fromEntries(
    Object.entries(flat).filter((entry): entry is [string, SettingValue] => entry[1] !== null),
  );
  return { ok: true, settings: sortSettings(settings) };
}

/** The file-backed SSL settings of one context, as configured (paths relative to the config directory). */
export interface SslFileSettings {
  /** `xpack.security.remote_cluster_client.ssl` or `xpack.security.transport.ssl`. */
  readonly prefix: string;
  readonly enabled: boolean;
  readonly verificationMode: VerificationMode;
  readonly certificateAuthorities: readonly string[];
  readonly certificate?: string;
  readonly key?: string;
}

const REMOTE_CLUSTER_CLIENT = 'xpack.security.remote_cluster_client.ssl';
const TRANSPORT = 'xpack.security.transport.ssl';

function read(settings: FlatSettings, prefix: string, defaultEnabled: boolean): SslFileSettings {
  const value = (suffix: string) => settings[`${prefix}.${suffix}`];
  const single = (suffix: string) => {
    const found = value(suffix);
    return typeof found === 'string' && found !== '' ? found : undefined;
  };
  const mode = single('verification_mode')?.toLowerCase();
  return {
    prefix,
    enabled: single('enabled') === undefined ? defaultEnabled : single('enabled') === 'true',
    verificationMode: mode === 'certificate' || mode === 'none' ? mode : 'full',
    certificateAuthorities: settingAsList(value('certificate_authorities')),
    certificate: single('certificate'),
    key: single('key'),
  };
}

/** The remote cluster client's context: TLS on and `full` verification unless configured otherwise. */
export function remoteClusterClientSsl(settings: FlatSettings): SslFileSettings {
  return read(settings, REMOTE_CLUSTER_CLIENT, true);
}

export function transportSsl(settings: FlatSettings): SslFileSettings {
  return read(settings, TRANSPORT, false);
}

export interface ConfiguredSslFile {
  readonly context: string;
  readonly setting: 'certificate_authorities' | 'certificate' | 'key';
  /** As written in elasticsearch.yml: relative to the config directory, or absolute. */
  readonly path: string;
}

/** Every file an SSL context of the node loads, so the node can read them at start and watch them. */
export function configuredSslFiles(settings: FlatSettings): ConfiguredSslFile[] {
  const contexts = [transportSsl(settings), remoteClusterClientSsl(settings)].filter((context) => context.enabled);
  return contexts.flatMap((context) => [
    ...context.certificateAuthorities.map((path) => ({
      context: context.prefix,
      setting: 'certificate_authorities' as const,
      path,
    })),
    ...(context.certificate
      ? [{ context: context.prefix, setting: 'certificate' as const, path: context.certificate }]
      : []),
    ...(context.key ? [{ context: context.prefix, setting: 'key' as const, path: context.key }] : []),
  ]);
}

/** `node.roles`, or every role when unset (Elasticsearch's default). */
export function nodeRoles(settings: FlatSettings): string[] {
  const roles = settings['node.roles'];
  if (roles === undefined) return ['data', 'ingest', 'master', 'remote_cluster_client', 'transform'];
  return settingAsList(roles);
}
