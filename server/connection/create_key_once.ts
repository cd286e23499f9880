import type { ObservedCrossClusterKey } from '../../common/plan/observation';
import { isKeyFor } from '../../common/plan/api_key/cross_cluster_api_key';
import type { RemoteElasticsearchGateway } from '../gateways/elasticsearch/remote_elasticsearch_gateway';

type CreateKeyBody = Parameters<RemoteElasticsearchGateway['createCrossClusterKey']>[0] & {
  metadata: { local_cluster_uuid: string; remote_cluster_alias: string };
};
type CreatedKey = Awaited<ReturnType<RemoteElasticsearchGateway['createCrossClusterKey']>>;

/** The key every creator agrees to keep: the earliest made, the smaller id on a tie. */
const earliest = (keys: ObservedCrossClusterKey[]) =>
  [...keys].sort((a, b) => Date.parse(a.creation ?? '') - Date.parse(b.creation ?? '') || a.id.localeCompare(b.id))[0];

/**
 * Creates the cross-cluster API key, once even when two admins (or two Kibana instances) both saw
 * none and both create one: each then lists the keys for this alias of this local cluster, and
 * the one that is not the earliest invalidates its own and shows nothing (the other admin has
 * the key). Returns null when this request's key was the one given up.
 */
export async function createKeyOnce(
  remote: RemoteElasticsearchGateway,
  body: CreateKeyBody,
): Promise<CreatedKey | null> {
  const created = await remote.createCrossClusterKey(body);
  const { local_cluster_uuid: uuid, remote_cluster_alias: alias } = body.metadata;
  const now = Date.now();
  // The same keys the plan counts: valid ones. An expired or invalidated key is no rival.
  const keys = (await remote.listCrossClusterKeys()).filter(
    (key) =>
      !key.invalidated &&
      (key.expiration === null || Date.parse(key.expiration) > now) &&
      isKeyFor(key.metadata, uuid, alias),
  );
  const kept = earliest(keys);
  if (!kept || kept.id === created.id) return created;
  await remote.invalidateApiKeys([created.id]);
  return null;
}
