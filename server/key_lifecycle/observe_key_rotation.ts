import type { KeyRotationObservation, KeyRotationTarget } from '../../common/key_lifecycle/key_rotation_plan';
import { toObservedLocalRemote } from '../connection/observe_api_key_connection';
import { observe } from '../connection/observed';
import type { RouteServices } from '../routes/route_definition';
import { onEckCluster } from './on_eck_cluster';

/** How long `_resolve/cluster` may take: a hung remote must not hang the rotation plan. */
const RESOLVE_TIMEOUT = '5s';

/** Everything the rotation plan depends on, read now: nothing of a rotation is kept on the server. */
export async function observeKeyRotation(
  services: RouteServices,
  target: KeyRotationTarget,
): Promise<KeyRotationObservation> {
  const local = services.localElasticsearch();
  const [info, nodes, keys] = await Promise.all([
    observe(() => local.getLocalClusterInfo()),
    observe(() => local.listNodeNames()),
    observe(() => onEckCluster(services, target, (remote) => remote.listCrossClusterKeys())),
  ]);
  const summary = info.ok ? info.value.remotes.find((remote) => remote.alias === target.alias) : undefined;
  const resolution =
    summary && info.ok
      ? await observe(() => local.resolveRemote(target.alias, RESOLVE_TIMEOUT, info.value.version))
      : null;
  return {
    localClusterUuid: info.ok ? { ok: true, value: info.value.uuid } : info,
    keys,
    nodes: nodes.ok ? nodes.value : [],
    localRemote: summary ? toObservedLocalRemote(summary) : null,
    resolution,
    now: new Date(),
  };
}
