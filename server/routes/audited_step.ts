import { isPluginError } from '../../common/errors/plugin_error';
import type { RouteServices } from './route_definition';

/**
 * Runs one step's change and records it in the audit log, success or failure, with the step, the
 * alias and the ECK cluster (never a secret: the failure is named by its code only).
 */
export async function auditedStep<T extends { applied: boolean }>(
  services: RouteServices,
  request: { step: string; target: { alias: string; namespace: string; name: string } },
  model: string,
  apply: () => Promise<T>,
): Promise<T> {
  const where = `${request.target.alias} → ${request.target.namespace}/${request.target.name}, ${model} model`;
  const action = `eck_remote_clusters.apply.${request.step}`;
  try {
    const result = await apply();
    services.audit({
      action,
      outcome: 'success',
      message: `${result.applied ? 'Applied' : 'Nothing to apply for'} ${request.step} (${where})`,
    });
    return result;
  } catch (error) {
    const code = isPluginError(error) ? error.code : 'INTERNAL_ERROR';
    services.audit({ action, outcome: 'failure', message: `Failed to apply ${request.step} (${where}): ${code}` });
    throw error;
  }
}
