import type { Logger } from '@kbn/core/server';
import type { ListManagedKeysResponse } from '../../common/key_lifecycle/key_lifecycle_types';

/**
 * One line per key that needs attention (expiring, expired, orphan): its name, id, alias and
 * cluster — the key list's public facts, never a secret.
 */
export function logKeyWarnings(logger: Logger, result: ListManagedKeysResponse): void {
  for (const cluster of result.clusters) {
    const where = `${cluster.namespace}/${cluster.name}`;
    for (const key of cluster.keys) {
      if (key.warnings.length === 0) continue;
      logger.warn(
        `API key lifecycle: ${key.name} (${key.id}) for ${key.alias} on ${where}: ${key.warnings.join(' ')}`,
        {
          eckCluster: where,
          apiKeyId: key.id,
        },
      );
    }
  }
}
