import type { CommandLocation, Evidence, PlanStep } from './plan_types';
import { step } from './step_helpers';

export const MANAGE_SECURITY_MISSING =
  'Creating roles needs the cluster privilege manage_security, which your user lacks.';

/**
 * A role the user may not create: the exact request to hand to someone with `manage_security`,
 * who can also apply the step here.
 */
export function manageSecurityManualStep<Id extends string>(
  id: Id,
  title: string,
  explanation: string,
  command: string,
  where: { runOn: CommandLocation; note: string },
  evidence: Evidence[] = [],
): PlanStep<Id> {
  return step(id, title, 'manual', `${MANAGE_SECURITY_MISSING} ${explanation}`, {
    evidence,
    instructions: {
      commands: [command],
      files: [],
      settings: [],
      pendingNodes: [],
      notes: [where.note],
      runOn: where.runOn,
    },
  });
}
