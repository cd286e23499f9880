/** What a given ECK operator version knows of the Elasticsearch spec. */
export interface OperatorCapabilities {
  version: string;
  /** `spec.remoteClusterServer.enabled`: ECK 2.16.0 (PR #8089). */
  remoteClusterServer: boolean;
  /** `spec.remoteClusterServer.service`: ECK 3.3.0 (PR #8892). */
  remoteClusterServerService: boolean;
}

/** `[major, minor, patch]` of a version such as `3.3.1` or `8.10.0-SNAPSHOT` (pre-release ignored). */
export function versionParts(version: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`Not a version: ${version}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function compareVersions(a: string, b: string): number {
  const [left, right] = [versionParts(a), versionParts(b)];
  return left[0] - right[0] || left[1] - right[1] || left[2] - right[2];
}

const atLeast = (version: string, minimum: string) => compareVersions(version, minimum) >= 0;

export function operatorCapabilities(version: string): OperatorCapabilities {
  return {
    version,
    remoteClusterServer: atLeast(version, '2.16.0'),
    remoteClusterServerService: atLeast(version, '3.3.0'),
  };
}
