import type { ApplyKeyRotationStepRequest, ApplyKeyRotationStepResponse } from '../../common/api/key_lifecycle';
import { PluginError } from '../../common/errors/plugin_error';
import { keyRotationPlan, type KeyRotationObservation } from '../../common/key_lifecycle/key_rotation_plan';
import { KEYSTORES_RELOADED_AT } from '../../common/key_lifecycle/rotation_metadata';
import type { RemoteElasticsearchGateway } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import type { RouteServices } from '../routes/route_definition';
import { observeKeyRotation } from './observe_key_rotation';
import { onEckCluster } from './on_eck_cluster';

type Extras = Pick<ApplyKeyRotationStepResponse, 'apiKey' | 'reloadFailures'>;

const keyById = (observed: KeyRotationObservation, id: string) =>
  observed.keys.ok ? observed.keys.value.find((key) => key.id === id) : undefined;

/**
 * Applies one rotation step from a plan computed now. What a step changes is decided by the plan,
 * and a step already done changes nothing: a second click, or another Kibana instance, is harmless.
 */
export async function applyKeyRotationStep(
  services: RouteServices,
  request: ApplyKeyRotationStepRequest,
): Promise<ApplyKeyRotationStepResponse> {
  const choices = { expiration: request.expiration };
  const observed = await observeKeyRotation(services, request.target);
  const before = keyRotationPlan(request.target, choices, observed);
  const step = before.steps.find((s) => s.id === request.step)!;
  if (step.status === 'done') return { applied: false, plan: before };
  if (step.status !== 'ready' && step.status !== 'manual') {
    throw new PluginError('STEP_NOT_READY', `"${step.title}" cannot be applied now: ${step.reason}`);
  }
  const extras: Extras = {};
  switch (request.step) {
    case 'create_new_key': {
      const body = (step.changes[0] as { body: Parameters<RemoteElasticsearchGateway['createCrossClusterKey']>[0] })
        .body;
      const created = await onEckCluster(services, request.target, (remote) => remote.createCrossClusterKey(body));
      extras.apiKey = { id: created.id, name: created.name, encoded: created.encoded };
      break;
    }
    case 'update_keystores': {
      const failures = (await services.localElasticsearch().reloadSecureSettings()).filter((n) => n.error !== null);
      extras.reloadFailures = failures as Array<{ node: string; error: string }>;
      // Recorded only when every node reloaded: a failed node may still hold the old key.
      if (failures.length === 0) {
        const newKey = keyById(observed, before.newKey!.id)!;
        await onEckCluster(services, request.target, (remote) =>
          remote.updateCrossClusterKeyMetadata(newKey.id, {
            ...newKey.metadata,
            [KEYSTORES_RELOADED_AT]: new Date().toISOString(),
          }),
        );
      }
      break;
    }
    case 'invalidate_old_key':
      await onEckCluster(services, request.target, (remote) => remote.invalidateApiKeys([before.currentKey!.id]));
      break;
    case 'verify_connected':
      // A check only: the new plan runs it.
      break;
  }
  const plan = keyRotationPlan(request.target, choices, await observeKeyRotation(services, request.target));
  return { applied: request.step !== 'verify_connected', plan, ...extras };
}
