import type { Observed, ObservedCrossClusterKey, ObservedEckCluster } from '../observation';
import { remoteCurl } from '../elasticsearch_commands';
import type { PlanStep } from '../plan_types';
import { blockedBy, step } from '../step_helpers';
import { apiKeyMetadata, apiKeyName, isKeyFor, type CrossClusterAccess } from './cross_cluster_api_key';

const TITLE = 'Create the cross-cluster API key on the ECK cluster';

export interface CreateApiKeyInput {
  eck: ObservedEckCluster;
  alias: string;
  localClusterUuid: string;
  access: CrossClusterAccess;
  expiration?: string;
  /** The remote's cross-cluster keys, read through the port-forward as the `elastic` user. */
  remoteKeys: Observed<ObservedCrossClusterKey[]>;
  preflight: PlanStep;
}

export function createApiKeyRequestBody(
  input: Pick<CreateApiKeyInput, 'alias' | 'localClusterUuid' | 'access' | 'expiration'>,
) {
  return {
    name: apiKeyName(input.alias),
    access: input.access,
    ...(input.expiration ? { expiration: input.expiration } : {}),
    metadata: apiKeyMetadata(input.localClusterUuid, input.alias),
  };
}

/**
 * Done when the remote holds a valid key this plugin made for this alias of this local cluster
 * (found by its metadata). Creating it returns the encoded key once; it is never stored.
 */
export function createApiKeyStep(input: CreateApiKeyInput): PlanStep<'create_api_key'> {
  const id = 'create_api_key' as const;
  if (input.preflight.status !== 'done') return blockedBy(id, TITLE, input.preflight);
  if (!input.remoteKeys.ok) {
    return step(id, TITLE, 'blocked', `The ECK cluster's API keys could not be read: ${input.remoteKeys.error}`);
  }
  const now = Date.now();
  const existing = input.remoteKeys.value.filter(
    (key) =>
      isKeyFor(key.metadata, input.localClusterUuid, input.alias) &&
      !key.invalidated &&
      (key.expiration === null || Date.parse(key.expiration) > now),
  );
  if (existing.length > 0) {
    const key = existing[0];
    return step(id, TITLE, 'done', `The key ${key.name} (${key.id}) exists for ${input.alias}.`, {
      evidence: [
        {
          subject: `cross-cluster API key ${key.id}`,
          value: `${key.name}, expires ${key.expiration ?? 'never'}`,
          source: 'remote_elasticsearch',
        },
      ],
    });
  }
  const body = createApiKeyRequestBody(input);
  return step(
    id,
    TITLE,
    'ready',
    `No valid key for ${input.alias} exists on ${input.eck.namespace}/${input.eck.name}.`,
    {
      changes: [
        {
          kind: 'elasticsearch_request',
          cluster: 'remote',
          method: 'POST',
          path: '/_security/cross_cluster/api_key',
          body,
          command: remoteCurl(input.eck.namespace, input.eck.name, 'POST', '/_security/cross_cluster/api_key', body),
        },
      ],
      warnings: ['The new key is shown once, right after it is created: copy it then. It is not stored anywhere.'],
    },
  );
}
