import type { ApplyApiKeyStepRequest, ApplyApiKeyStepResponse } from '../../common/api/api_key_connection';
import { PluginError } from '../../common/errors/plugin_error';
import { apiKeyPlan } from '../../common/plan/api_key/api_key_plan';
import type { PlanStep, PlannedChange } from '../../common/plan/plan_types';
import { withRemoteElasticsearch } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { RouteServices } from '../routes/route_definition';
import { applyKubernetesChange } from './apply_kubernetes_change';
import { createKeyOnce } from './create_key_once';
import { observeApiKeyConnection } from './observe_api_key_connection';

type Extras = Pick<ApplyApiKeyStepResponse, 'apiKey' | 'reloadFailures'> & {
  /** Another admin created the key at the same moment and keeps it: this request changed nothing. */
  superseded?: boolean;
};

export type RemoteClusterServerSpec = { spec?: { remoteClusterServer?: { enabled?: unknown; service?: unknown } } };

/**
 * CRDs silently drop fields they do not know (`remoteClusterServer` before ECK 2.16, its `service`
 * before 3.3): a patch is checked against what was stored, never assumed applied.
 */
export function assertNotPruned(
  change: Extract<PlannedChange, { kind: 'kubernetes_patch' }>,
  stored: RemoteClusterServerSpec,
) {
  const wanted = (change.patch as RemoteClusterServerSpec).spec?.remoteClusterServer ?? {};
  const kept = stored.spec?.remoteClusterServer ?? {};
  const where = `${change.resource.namespace}/${change.resource.name}`;
  if (wanted.enabled !== undefined && kept.enabled === undefined) {
    throw new PluginError(
      'ECK_FIELD_PRUNED',
      `Kubernetes dropped spec.remoteClusterServer from ${where}: the installed ECK CRDs are older than 2.16`,
    );
  }
  if (wanted.service !== undefined && kept.service === undefined) {
    throw new PluginError(
      'ECK_FIELD_PRUNED',
      `Kubernetes dropped spec.remoteClusterServer.service from ${where}: the installed ECK CRDs are older than 3.3`,
    );
  }
}

async function applyChange(
  services: RouteServices,
  request: ApplyApiKeyStepRequest,
  change: PlannedChange,
  extras: Extras,
) {
  const kubernetes = services.kubernetes();
  const local = services.localElasticsearch();
  switch (change.kind) {
    case 'kubernetes_patch':
    case 'kubernetes_create':
      return applyKubernetesChange(kubernetes, change, (patch, stored) =>
        assertNotPruned(patch, stored as RemoteClusterServerSpec),
      );
    case 'elasticsearch_request': {
      if (change.cluster === 'remote') {
        const { namespace, name } = request.target;
        const created = await withRemoteElasticsearch(
          kubernetes,
          { namespace, name, version: null },
          { requestTimeoutMs: services.config.elasticsearch.requestTimeoutMs },
          (remote) => createKeyOnce(remote, change.body as Parameters<typeof createKeyOnce>[1]),
        );
        if (created) extras.apiKey = { id: created.id, name: created.name, encoded: created.encoded };
        else extras.superseded = true;
        return;
      }
      if (change.path === '/_cluster/settings') return local.putClusterSettings(change.body as object);
      if (change.path === '/_nodes/reload_secure_settings') {
        const failures = (await local.reloadSecureSettings()).filter((node) => node.error !== null);
        extras.reloadFailures = failures as Array<{ node: string; error: string }>;
        return;
      }
      if (change.path.startsWith('/_security/role/')) {
        return local.putRole(change.path.slice('/_security/role/'.length), change.body as object);
      }
      // Read-only checks (`_resolve/cluster`) are part of observing; the new plan runs them.
      return;
    }
  }
}

/**
 * Applies one step from a plan computed now, from live state. A step that is already done changes
 * nothing: applying twice is safe, and two admins applying at once converge on one result.
 */
export async function applyApiKeyStep(
  services: RouteServices,
  request: ApplyApiKeyStepRequest,
): Promise<ApplyApiKeyStepResponse> {
  const target = { ...request.target, mode: 'api_key' as const };
  const before = apiKeyPlan(target, request.choices, await observeApiKeyConnection(services, target));
  const step = before.steps.find((s) => s.id === request.step);
  // Done, or applied and waiting for ECK or a load balancer: nothing to change (a second click, another instance).
  if (!step || step.status === 'done' || step.status === 'waiting') return { applied: false, plan: before };
  if (step.status !== 'ready' && step.status !== 'manual') {
    throw new PluginError('STEP_NOT_READY', `"${step.title}" cannot be applied now: ${step.reason}`);
  }
  const extras: Extras = {};
  for (const change of step.changes) await applyChange(services, request, change, extras);
  const plan = apiKeyPlan(target, request.choices, await observeApiKeyConnection(services, target));
  assertCreated(
    step,
    plan.steps.find((s) => s.id === request.step),
  );
  const { superseded, ...shown } = extras;
  return { applied: step.changes.length > 0 && !superseded, plan, ...shown };
}

const createdObjects = (step: PlanStep | undefined) =>
  (step?.changes ?? []).flatMap((change) =>
    change.kind === 'kubernetes_create' ? [`${change.object.metadata.namespace}/${change.object.metadata.name}`] : [],
  );

/**
 * A create answered 409 is taken as another writer's create, which the new plan then shows. When
 * the new plan still wants to create the same object, nobody did: the conflict is the answer.
 */
function assertCreated(applied: PlanStep, after: PlanStep | undefined) {
  const wanted = createdObjects(applied);
  if (after?.status !== 'ready' || wanted.length === 0) return;
  const stillMissing = createdObjects(after).filter((object) => wanted.includes(object));
  if (stillMissing.length > 0) {
    throw new PluginError(
      'KUBERNETES_CONFLICT',
      `Kubernetes refused to create ${stillMissing.join(', ')} (409 Conflict), and it does not exist`,
    );
  }
}
