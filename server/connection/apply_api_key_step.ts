import type { ApplyApiKeyStepRequest, ApplyApiKeyStepResponse } from '../../common/api/api_key_connection';
import { PluginError } from '../../common/errors/plugin_error';
import { apiKeyPlan } from '../../common/plan/api_key/api_key_plan';
import type { ObservedEckCluster } from '../../common/plan/observation';
import type { PlanStep, PlannedChange } from '../../common/plan/plan_types';
import { withRemoteElasticsearch, type RemoteTarget } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { RouteServices } from '../routes/route_definition';
import { applyKubernetesChange } from './apply_kubernetes_change';
import { applyLocalRequest } from './apply_local_request';
import { applyPlannedStep } from './apply_planned_step';
import { assertNotPruned, type RemoteClusterServerSpec } from './assert_not_pruned';
import { createKeyOnce } from './create_key_once';
import { observeApiKeyConnection } from './observe_api_key_connection';
import { remoteTargetOf } from './observe_eck_cluster';

type Extras = Pick<ApplyApiKeyStepResponse, 'apiKey' | 'reloadFailures'> & {
  /** Another admin created the key at the same moment and keeps it: this request changed nothing. */
  superseded?: boolean;
};

async function applyChange(services: RouteServices, remoteTarget: RemoteTarget, change: PlannedChange, extras: Extras) {
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
        const created = await withRemoteElasticsearch(
          kubernetes,
          remoteTarget,
          { requestTimeoutMs: services.config.elasticsearch.requestTimeoutMs },
          (remote) => createKeyOnce(remote, change.body as Parameters<typeof createKeyOnce>[1]),
        );
        if (created) extras.apiKey = { id: created.id, name: created.name, encoded: created.encoded };
        else extras.superseded = true;
        return;
      }
      if (change.path === '/_nodes/reload_secure_settings') {
        const failures = (await local.reloadSecureSettings()).filter((node) => node.error !== null);
        extras.reloadFailures = failures as Array<{ node: string; error: string }>;
        return;
      }
      return applyLocalRequest(local, change);
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
  // The ECK cluster as last observed: the key is created in the media type of the version it runs.
  let eck: ObservedEckCluster | undefined;
  const plan = async () => {
    const observed = await observeApiKeyConnection(services, target, request.choices.access);
    eck = observed.eck;
    return apiKeyPlan(target, request.choices, observed);
  };
  const extras: Extras = {};
  const changed: PlannedChange[] = [];
  const result = await applyPlannedStep(plan, request.step, (change) => {
    changed.push(change);
    return applyChange(services, remoteTargetOf(eck!), change, extras);
  });
  assertCreated(
    changed,
    result.plan.steps.find((s) => s.id === request.step),
  );
  const { superseded, ...shown } = extras;
  return { ...result, applied: result.applied && !superseded, ...shown };
}

const createdObjects = (changes: PlannedChange[]) =>
  changes.flatMap((change) =>
    change.kind === 'kubernetes_create' ? [`${change.object.metadata.namespace}/${change.object.metadata.name}`] : [],
  );

/**
 * A create answered 409 is taken as another writer's create, which the new plan then shows. When
 * the new plan still wants to create the same object, nobody did: the conflict is the answer.
 */
function assertCreated(applied: PlannedChange[], after: PlanStep | undefined) {
  const wanted = createdObjects(applied);
  if (after?.status !== 'ready' || wanted.length === 0) return;
  const stillMissing = createdObjects(after.changes).filter((object) => wanted.includes(object));
  if (stillMissing.length > 0) {
    throw new PluginError(
      'KUBERNETES_CONFLICT',
      `Kubernetes refused to create ${stillMissing.join(', ')} (409 Conflict), and it does not exist`,
    );
  }
}
