import type { Evidence, PlanStep, StepStatus } from './plan_types';

export const kubernetesEvidence = (subject: string, value: unknown): Evidence => ({
  subject,
  value: String(value),
  source: 'kubernetes',
});

export function step<Id extends string>(
  id: Id,
  title: string,
  status: StepStatus,
  reason: string,
  extra: Partial<
    Pick<PlanStep<Id>, 'evidence' | 'changes' | 'warnings' | 'instructions' | 'optional' | 'waitingFor'>
  > = {},
): PlanStep<Id> {
  return {
    id,
    title,
    status,
    reason,
    evidence: extra.evidence ?? [],
    changes: extra.changes ?? [],
    warnings: extra.warnings ?? [],
    ...(extra.instructions ? { instructions: extra.instructions } : {}),
    ...(extra.optional ? { optional: true } : {}),
    ...(extra.waitingFor ? { waitingFor: extra.waitingFor } : {}),
  };
}

/** A later step cannot start before an earlier one is done. */
export const blockedBy = <Id extends string>(id: Id, title: string, earlier: PlanStep): PlanStep<Id> =>
  step(id, title, 'blocked', `Waits for the step "${earlier.title}".`);
