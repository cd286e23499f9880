import { credentialsSetting } from '../plan/api_key/add_credentials_step';
import { apiKeyName, isKeyFor } from '../plan/api_key/cross_cluster_api_key';
import { consoleRequest, remoteCurl } from '../plan/elasticsearch_commands';
import type { Observed, ObservedCrossClusterKey, ObservedLocalRemote } from '../plan/observation';
import type { PlannedChange, PlanStep } from '../plan/plan_types';
import { blockedBy, step } from '../plan/step_helpers';
import type { KeyRotationStepId } from './key_rotation_steps';
import { KEYSTORES_RELOADED_AT, keystoresReloadedAt, rotatedFrom, rotationKeyMetadata } from './rotation_metadata';

export interface KeyRotationTarget {
  alias: string;
  namespace: string;
  name: string;
}

export interface KeyRotationObservation {
  localClusterUuid: Observed<string>;
  /** The ECK cluster's cross-cluster keys, invalidated ones included. */
  keys: Observed<ObservedCrossClusterKey[]>;
  nodes: string[];
  localRemote: ObservedLocalRemote | null;
  /** `_resolve/cluster` for the alias; `null` when the alias is not configured. */
  resolution: Observed<{ connected: boolean; error?: string }> | null;
  now: Date;
}

export interface KeyRotationChoices {
  /** The new key's lifetime; by default the old key's, or none if it had none. */
  expiration?: string;
}

type KeySummary = { id: string; name: string; expiration: string | null };

export interface KeyRotationPlan {
  target: KeyRotationTarget;
  /** `in_progress` from the new key's creation until the old key is invalidated. */
  phase: 'idle' | 'in_progress';
  /** The key the nodes use now (the old one during a rotation). */
  currentKey: KeySummary | null;
  newKey: KeySummary | null;
  /** The last finished rotation still visible on the ECK cluster (Elasticsearch keeps invalidated keys a while). */
  lastRotation: { from: string; to: string } | null;
  steps: Array<PlanStep<KeyRotationStepId>>;
}

const TITLES: Record<KeyRotationStepId, string> = {
  create_new_key: 'Create the new cross-cluster API key',
  update_keystores: "Put the new key in every node's keystore and reload",
  verify_connected: 'Verify the remote is connected',
  invalidate_old_key: 'Invalidate the old key',
};

const summary = (key: ObservedCrossClusterKey): KeySummary => ({
  id: key.id,
  name: key.name,
  expiration: key.expiration,
});
const byCreation = (a: ObservedCrossClusterKey, b: ObservedCrossClusterKey) =>
  (a.creation ?? '').localeCompare(b.creation ?? '');

/** The old key's lifetime in whole days, so the new key lasts as long (`90d`). */
function sameLifetime(key: ObservedCrossClusterKey): string | undefined {
  if (!key.expiration || !key.creation) return undefined;
  const days = Math.round((Date.parse(key.expiration) - Date.parse(key.creation)) / 86_400_000);
  return days > 0 ? `${days}d` : undefined;
}

function blockedAll(target: KeyRotationTarget, reason: string): KeyRotationPlan {
  const create = step('create_new_key' as const, TITLES.create_new_key, 'blocked', reason);
  return {
    target,
    phase: 'idle',
    currentKey: null,
    newKey: null,
    lastRotation: null,
    steps: [
      create,
      blockedBy('update_keystores', TITLES.update_keystores, create),
      blockedBy('verify_connected', TITLES.verify_connected, create),
      blockedBy('invalidate_old_key', TITLES.invalidate_old_key, create),
    ],
  };
}

/** A request to the ECK cluster, with the command an admin would run instead. */
const remoteRequest = (
  target: KeyRotationTarget,
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
): PlannedChange => ({
  kind: 'elasticsearch_request',
  cluster: 'remote',
  method,
  path,
  body,
  command: remoteCurl(target.namespace, target.name, method, path, body),
});

const remoteEvidence = (subject: string, value: string) => ({
  subject,
  value,
  source: 'remote_elasticsearch' as const,
});

/**
 * The rotation derived from live state only: the keys on the ECK cluster (the new key names the
 * old one in its metadata, and records the keystore reload), the local remote and `_resolve/cluster`.
 * Each step is done or not by what is observed, so applying one twice changes nothing.
 */
export function keyRotationPlan(
  target: KeyRotationTarget,
  choices: KeyRotationChoices,
  observed: KeyRotationObservation,
): KeyRotationPlan {
  const where = `${target.namespace}/${target.name}`;
  if (!observed.localClusterUuid.ok) {
    return blockedAll(target, `The local cluster could not be read: ${observed.localClusterUuid.error}`);
  }
  if (!observed.keys.ok) return blockedAll(target, `The keys on ${where} could not be read: ${observed.keys.error}`);
  const uuid = observed.localClusterUuid.value;
  const now = observed.now.getTime();
  const ours = observed.keys.value.filter((key) => isKeyFor(key.metadata, uuid, target.alias)).sort(byCreation);
  const active = ours.filter(
    (key) => !key.invalidated && (key.expiration === null || Date.parse(key.expiration) > now),
  );
  const newKey = active.find((key) => active.some((old) => old.id === rotatedFrom(key.metadata)));
  const finished = ours.filter((key) => {
    const from = ours.find((old) => old.id === rotatedFrom(key.metadata));
    return !key.invalidated && from?.invalidated;
  });
  const last = finished[finished.length - 1];
  const lastRotation = last ? { from: rotatedFrom(last.metadata)!, to: last.id } : null;

  if (!newKey) {
    const current = active[active.length - 1];
    if (!observed.localRemote)
      return blockedAll(target, `${target.alias} is not a remote cluster of the local cluster.`);
    if (!observed.localRemote.hasCredentials) {
      return blockedAll(
        target,
        `The local cluster has no credentials for ${target.alias}: it does not connect with an API key.`,
      );
    }
    if (!current) {
      return blockedAll(
        target,
        `No valid key this plugin made for ${target.alias} exists on ${where}: connect it with "Add ECK remote" first.`,
      );
    }
    const body = {
      name: apiKeyName(target.alias),
      access: current.access ?? {},
      ...((choices.expiration ?? sameLifetime(current))
        ? { expiration: choices.expiration ?? sameLifetime(current) }
        : {}),
      metadata: rotationKeyMetadata(uuid, target.alias, current.id),
    };
    const create = step(
      'create_new_key' as const,
      TITLES.create_new_key,
      'ready',
      `${target.alias} uses ${current.name} (${current.id}); a new key with the same access replaces it.`,
      {
        evidence: [remoteEvidence(`cross-cluster API key ${current.id}`, `expires ${current.expiration ?? 'never'}`)],
        changes: [remoteRequest(target, 'POST', '/_security/cross_cluster/api_key', body)],
        warnings: [
          'The new key is shown once, right after it is created: copy it then. Both keys work until the old one is invalidated.',
        ],
      },
    );
    return {
      target,
      phase: 'idle',
      currentKey: summary(current),
      newKey: null,
      lastRotation,
      steps: [
        create,
        blockedBy('update_keystores', TITLES.update_keystores, create),
        blockedBy('verify_connected', TITLES.verify_connected, create),
        blockedBy('invalidate_old_key', TITLES.invalidate_old_key, create),
      ],
    };
  }

  const oldKey = active.find((key) => key.id === rotatedFrom(newKey.metadata))!;
  const create = step(
    'create_new_key' as const,
    TITLES.create_new_key,
    'done',
    `The new key ${newKey.id} replaces ${oldKey.id}.`,
    { evidence: [remoteEvidence(`cross-cluster API key ${newKey.id}`, `metadata.rotated_from ${oldKey.id}`)] },
  );
  const reloadedAt = keystoresReloadedAt(newKey.metadata);
  const setting = credentialsSetting(target.alias);
  const metadata = { ...newKey.metadata, [KEYSTORES_RELOADED_AT]: '<time of the reload>' };
  const keystores = reloadedAt
    ? step(
        'update_keystores' as const,
        TITLES.update_keystores,
        'done',
        `Secure settings were reloaded at ${reloadedAt}.`,
        {
          evidence: [
            remoteEvidence(`cross-cluster API key ${newKey.id}`, `metadata.${KEYSTORES_RELOADED_AT} ${reloadedAt}`),
          ],
        },
      )
    : step(
        'update_keystores' as const,
        TITLES.update_keystores,
        'manual',
        `Replace ${setting} with the new key on every node, then reload secure settings.`,
        {
          changes: [
            {
              kind: 'elasticsearch_request',
              cluster: 'local',
              method: 'POST',
              path: '/_nodes/reload_secure_settings',
              command: consoleRequest('POST', '/_nodes/reload_secure_settings'),
            },
            remoteRequest(target, 'PUT', `/_security/cross_cluster/api_key/${newKey.id}`, { metadata }),
          ],
          instructions: {
            commands: [`printf '%s' "$ENCODED_KEY" | bin/elasticsearch-keystore add -x -f ${setting}`],
            files: [],
            settings: [],
            pendingNodes: observed.nodes,
            notes: [
              'Run the command on every node, from its Elasticsearch home, with ENCODED_KEY set to the new key shown when it was created. -f replaces the old value.',
              'Then reload: each node rebuilds its connection with the new key. The old key stays valid meanwhile, so searches keep working.',
              `The reload is recorded on the new key (metadata.${KEYSTORES_RELOADED_AT}), so any Kibana instance can continue the rotation.`,
            ],
          },
        },
      );
  const verify =
    keystores.status !== 'done'
      ? blockedBy('verify_connected', TITLES.verify_connected, keystores)
      : !observed.resolution
        ? step(
            'verify_connected' as const,
            TITLES.verify_connected,
            'blocked',
            `${target.alias} is not configured locally.`,
          )
        : !observed.resolution.ok
          ? step(
              'verify_connected' as const,
              TITLES.verify_connected,
              'blocked',
              `_resolve/cluster could not be read: ${observed.resolution.error}`,
            )
          : observed.resolution.value.connected
            ? step('verify_connected' as const, TITLES.verify_connected, 'done', `${target.alias} is connected.`, {
                evidence: [
                  {
                    subject: `_resolve/cluster ${target.alias}.connected`,
                    value: 'true',
                    source: 'local_elasticsearch',
                  },
                ],
              })
            : step(
                'verify_connected' as const,
                TITLES.verify_connected,
                'blocked',
                `${target.alias} is not connected${observed.resolution.value.error ? `: ${observed.resolution.value.error}` : ''}. Check the keystore value on every node and reload again; do not invalidate the old key yet.`,
              );
  const invalidate =
    verify.status !== 'done'
      ? blockedBy('invalidate_old_key', TITLES.invalidate_old_key, verify)
      : step(
          'invalidate_old_key' as const,
          TITLES.invalidate_old_key,
          'ready',
          `${target.alias} is connected with the reloaded credentials; ${oldKey.id} can go.`,
          {
            changes: [remoteRequest(target, 'DELETE', '/_security/api_key', { ids: [oldKey.id] })],
            warnings: [`A node that still holds the old key in its keystore loses the connection to ${target.alias}.`],
          },
        );
  return {
    target,
    phase: 'in_progress',
    currentKey: summary(oldKey),
    newKey: summary(newKey),
    lastRotation,
    steps: [create, keystores, verify, invalidate],
  };
}
