/** An Elasticsearch or ECK version, compared by major, minor and patch (pre-release tags ignored). */
export interface StackVersion {
  major: number;
  minor: number;
  patch: number;
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/;

export function parseStackVersion(text: string | null | undefined): StackVersion | null {
  const match = text ? VERSION.exec(text.trim()) : null;
  return match ? { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0) } : null;
}

export function compareVersions(a: StackVersion, b: StackVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export const atLeast = (version: StackVersion, major: number, minor: number, patch = 0) =>
  compareVersions(version, { major, minor, patch }) >= 0;

export const formatVersion = (v: StackVersion) => `${v.major}.${v.minor}.${v.patch}`;
