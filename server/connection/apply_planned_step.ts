import { PluginError } from '../../common/errors/plugin_error';
import type { ConnectionPlan, PlannedChange } from '../../common/plan/plan_types';

/**
 * Applies one step of a plan computed now, from live state, then plans again. A step that is done,
 * or applied and waiting (for ECK, a load balancer), changes nothing: applying twice is safe, and
 * two admins applying at once converge on one result.
 */
export async function applyPlannedStep<P extends ConnectionPlan>(
  plan: () => Promise<P>,
  stepId: string,
  applyChange: (change: PlannedChange) => Promise<void>,
): Promise<{ applied: boolean; plan: P }> {
  const before = await plan();
  const step = before.steps.find((s) => s.id === stepId);
  if (!step || step.status === 'done' || step.status === 'waiting') return { applied: false, plan: before };
  if (step.status !== 'ready' && step.status !== 'manual') {
    throw new PluginError('STEP_NOT_READY', `"${step.title}" cannot be applied now: ${step.reason}`);
  }
  // In order: a later change may depend on an earlier one (the ConfigMap before the reference to it).
  for (const change of step.changes) await applyChange(change);
  return { applied: step.changes.length > 0, plan: await plan() };
}
