import { createHash } from 'node:crypto';
import type { estypes } from '@elastic/elasticsearch';

export interface VersionNumber {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

export function parseVersion(version: string): VersionNumber {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`Not an Elasticsearch version: ${version}`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

function isAtLeast(version: string, major: number, minor: number): boolean {
  const parsed = parseVersion(version);
  return parsed.major > major || (parsed.major === major && parsed.minor >= minor);
}

/**
 * The oldest version a node talks to over the transport protocol: the last minor of the previous
 * major (8.18 for 9.0, which shipped with it; 8.19 afterwards).
 */
export function minimumWireCompatibilityVersion(version: string): string {
  const { major, minor } = parseVersion(version);
  if (major === 9) return minor === 0 ? '8.18.0' : '8.19.0';
  if (major === 8) return '7.17.0';
  if (major === 7) return '6.8.0';
  // Versions the sandbox has no facts for: a guess, good enough for a header.
  return `${major - 1}.0.0`;
}

/** Lucene versions by Elasticsearch minor. Only cosmetic: nothing in the plugin reads them. */
const LUCENE: Readonly<Record<string, string>> = {
  '8.14': '9.10.0',
  '8.15': '9.11.1',
  '8.16': '9.12.0',
  '8.17': '9.12.0',
  '8.18': '9.12.1',
  '8.19': '9.12.2',
  '9.0': '10.1.0',
  '9.1': '10.2.2',
  '9.2': '10.3.1',
  '9.3': '10.3.2',
};

export function versionInfo(version: string): estypes.ElasticsearchVersionInfo {
  const { major, minor } = parseVersion(version);
  return {
    number: version,
    build_flavor: 'default',
    build_type: 'docker',
    // Stable per version, so warning headers and logs do not change between runs.
    build_hash: createHash('sha1').update(`sandbox-${version}`).digest('hex'),
    build_date: '2025-01-01T00:00:00.000000000Z',
    build_snapshot: false,
    lucene_version: LUCENE[`${major}.${minor}`] ?? (major >= 9 ? '10.3.2' : '9.12.2'),
    minimum_wire_compatibility_version: minimumWireCompatibilityVersion(version),
    minimum_index_compatibility_version: major >= 9 ? '8.0.0' : major === 8 ? '7.0.0' : '6.0.0-beta1',
  };
}

/** `skip_unavailable` defaults to true from 8.15 (elastic/elasticsearch#105792), false before. */
export function defaultSkipUnavailable(version: string): boolean {
  return isAtLeast(version, 8, 15);
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}

/**
 * The transport handshake's rule, checked by both ends: each side must be at least the other's
 * minimum wire-compatible version. Returns the side that is too old, as the refusal names it.
 */
export function wireIncompatibility(
  localVersion: string,
  remoteVersion: string,
): { readonly version: string; readonly minimumCompatible: string } | undefined {
  const localMinimum = minimumWireCompatibilityVersion(localVersion);
  if (compareVersions(remoteVersion, localMinimum) < 0)
    return { version: remoteVersion, minimumCompatible: localMinimum };
  const remoteMinimum = minimumWireCompatibilityVersion(remoteVersion);
  if (compareVersions(localVersion, remoteMinimum) < 0)
    return { version: localVersion, minimumCompatible: remoteMinimum };
  return undefined;
}
