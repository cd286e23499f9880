import { randomUUID } from 'node:crypto';
import { isPluginError, PluginError } from '../../common/errors/plugin_error';
import type { ErrorCode } from '../../common/errors/error_catalogue';
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

/** Failures that came without Elasticsearch's answer: the key may exist, shown to nobody. */
const ANSWER_LOST = new Set<ErrorCode>([
  'ELASTICSEARCH_TIMEOUT',
  'ELASTICSEARCH_UNREACHABLE',
  'ECK_CLUSTER_UNAVAILABLE',
]);

/**
 * Creates the key, or leaves none behind: each attempt is marked in the key's metadata, and when
 * the answer is lost the attempt's key (if it was made) is invalidated, since a key nobody was
 * shown can never reach a keystore. When even that cannot be done, the error says what to do.
 */
async function createOrLeaveNone(remote: RemoteElasticsearchGateway, body: CreateKeyBody): Promise<CreatedKey> {
  const attempt = randomUUID();
  try {
    return await remote.createCrossClusterKey({ ...body, metadata: { ...body.metadata, creation_attempt: attempt } });
  } catch (error) {
    if (!isPluginError(error) || !ANSWER_LOST.has(error.code)) throw error;
    const withdrawn = await remote
      .listCrossClusterKeys()
      .then((keys) => keys.filter((key) => !key.invalidated && key.metadata.creation_attempt === attempt))
      .then((made) => (made.length > 0 ? remote.invalidateApiKeys(made.map((key) => key.id)) : []))
      .then(
        () => true,
        () => false,
      );
    if (withdrawn) throw error;
    throw new PluginError(
      error.code,
      `${error.message}. The key may have been created without being shown: if the plan says it exists, rotate it.`,
    );
  }
}

/**
 * Creates the cross-cluster API key, once even when two admins (or two Kibana instances) both saw
 * none and both create one: each then lists the keys for this alias of this local cluster, and
 * the one that is not the earliest invalidates its own and shows nothing (the other admin has
 * the key). Returns null when this request's key was the one given up. A lost answer leaves no
 * key (`createOrLeaveNone`).
 */
export async function createKeyOnce(
  remote: RemoteElasticsearchGateway,
  body: CreateKeyBody,
): Promise<CreatedKey | null> {
  const created = await createOrLeaveNone(remote, body);
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
