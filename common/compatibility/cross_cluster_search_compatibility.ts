import type { StackVersion } from './stack_version';

/** The last minor of each major: a local cluster on it may search every minor of the next major. */
const LAST_MINOR_OF_MAJOR: Record<number, number> = { 6: 8, 7: 17, 8: 19 };

export type CompatibilityVerdict = { supported: true } | { supported: false; reason: string };

/**
 * Whether a local cluster may search a remote one, per Elasticsearch's "Supported cross-cluster
 * search configurations": the previous minor, the same or any newer minor of the same major; from
 * the last minor of a major, any minor of the next one; 8.18 (released with 9.0) only 9.0.
 */
export function crossClusterSearchCompatibility(local: StackVersion, remote: StackVersion): CompatibilityVerdict {
  const describe = (v: StackVersion) => `${v.major}.${v.minor}`;
  const unsupported = (why: string): CompatibilityVerdict => ({
    supported: false,
    reason: `A local cluster on ${describe(local)} cannot search a remote cluster on ${describe(remote)}: ${why}`,
  });

  if (remote.major === local.major) {
    return remote.minor >= local.minor - 1
      ? { supported: true }
      : unsupported(
          `only ${local.major}.${Math.max(local.minor - 1, 0)} and later minors of ${local.major}.x are supported.`,
        );
  }
  if (remote.major === local.major + 1) {
    if (local.major === 8 && local.minor === 18) {
      return remote.minor === 0 ? { supported: true } : unsupported('8.18 supports 9.0 remotes only; upgrade to 8.19.');
    }
    return local.minor === LAST_MINOR_OF_MAJOR[local.major]
      ? { supported: true }
      : unsupported(
          `only the last minor of ${local.major}.x (${local.major}.${LAST_MINOR_OF_MAJOR[local.major]}) can search ${remote.major}.x.`,
        );
  }
  if (remote.major < local.major) {
    return unsupported('a remote cluster on an older major version is not supported; upgrade the remote cluster.');
  }
  return unsupported('the remote is more than one major version newer.');
}
