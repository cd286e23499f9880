import type { InvalidateOrphanKeyRequest, InvalidateOrphanKeyResponse } from '../../common/api/key_lifecycle';
import { PluginError } from '../../common/errors/plugin_error';
import { classifyManagedKeys } from '../../common/key_lifecycle/classify_managed_keys';
import type { RouteServices } from '../routes/route_definition';
import { onEckCluster } from './on_eck_cluster';

/**
 * Invalidates one key only if it is an orphan now — made by this plugin for this local cluster, for
 * an alias the local cluster no longer has — decided from live state in the same request.
 */
export async function invalidateOrphanKey(
  services: RouteServices,
  request: InvalidateOrphanKeyRequest,
): Promise<InvalidateOrphanKeyResponse> {
  const local = await services.localElasticsearch().getLocalClusterInfo();
  return onEckCluster(services, { namespace: request.namespace, name: request.name }, async (remote) => {
    const keys = await remote.listCrossClusterKeys();
    const invalidatedAlready = keys.some((key) => key.id === request.id && key.invalidated);
    if (invalidatedAlready) return { invalidated: [] };
    const key = classifyManagedKeys({
      keys,
      localClusterUuid: local.uuid,
      localAliases: local.remotes.map((remote) => remote.alias),
      aliasesPointingHere: [],
      now: new Date(),
      warningDays: 0,
    }).find((candidate) => candidate.id === request.id);
    if (!key || key.usage !== 'orphan') {
      throw new PluginError(
        'API_KEY_NOT_ORPHAN',
        key
          ? `The key ${request.id} is made for ${key.alias}, which ${key.usage === 'other_cluster' ? 'belongs to another local cluster' : 'the local cluster still has'}: it is not an orphan`
          : `${request.namespace}/${request.name} has no key ${request.id} made by this plugin`,
      );
    }
    return { invalidated: await remote.invalidateApiKeys([request.id]) };
  });
}
