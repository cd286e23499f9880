import { audited } from './audited';
import type { RouteServices } from './route_definition';

/** Records one step's change in the audit log with the step, the alias and the ECK cluster. */
export function auditedStep<T extends { applied: boolean }>(
  services: RouteServices,
  request: { step: string; target: { alias: string; namespace: string; name: string } },
  model: string,
  apply: () => Promise<T>,
): Promise<T> {
  const where = `${request.target.alias} → ${request.target.namespace}/${request.target.name}, ${model} model`;
  return audited(
    services,
    `eck_remote_clusters.apply.${request.step}`,
    {
      success: (result) => `${result.applied ? 'Applied' : 'Nothing to apply for'} ${request.step} (${where})`,
      failure: `Failed to apply ${request.step} (${where})`,
    },
    apply,
  );
}
