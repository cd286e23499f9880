import type { ConnectionPlan, PlannedChange, PlanStep, StepStatus } from '../../common/plan/plan_types';
import { applyPlannedStep } from './apply_planned_step';

const change = (path: string): PlannedChange => ({
  kind: 'elasticsearch_request',
  cluster: 'local',
  method: 'PUT',
  path,
  command: `PUT ${path}`,
});
const planWith = (status: StepStatus, changes: PlannedChange[]): ConnectionPlan => ({
  target: { alias: 'logs', namespace: 'ns', name: 'logs', mode: 'certificate' },
  steps: [{ id: 'x', title: 'X', status, reason: 'because', evidence: [], changes, warnings: [] } as PlanStep],
});

describe('applying one step of a plan computed now', () => {
  it.each(['done', 'waiting'] as const)('a %s step changes nothing and is not re-planned', async (status) => {
    const applied: string[] = [];
    const plan = jest.fn(async () => planWith(status, [change('/a')]));
    const result = await applyPlannedStep(plan, 'x', async (c) => void applied.push((c as { path: string }).path));
    expect(result.applied).toBe(false);
    expect(applied).toEqual([]);
    expect(plan).toHaveBeenCalledTimes(1);
  });

  it('applies the changes of a ready step in order, then answers the new plan', async () => {
    const applied: string[] = [];
    const plans = [planWith('ready', [change('/configmap'), change('/reference')]), planWith('done', [])];
    const result = await applyPlannedStep(
      async () => plans.shift()!,
      'x',
      async (c) => void applied.push((c as { path: string }).path),
    );
    expect(applied).toEqual(['/configmap', '/reference']);
    expect(result).toMatchObject({ applied: true, plan: { steps: [{ status: 'done' }] } });
  });

  it('refuses a blocked step with STEP_NOT_READY, changing nothing', async () => {
    const applyChange = jest.fn();
    await expect(
      applyPlannedStep(async () => planWith('blocked', [change('/a')]), 'x', applyChange),
    ).rejects.toMatchObject({ code: 'STEP_NOT_READY', message: expect.stringContaining('because') });
    expect(applyChange).not.toHaveBeenCalled();
  });

  it('stops at the first failing change: later ones are not attempted', async () => {
    const applied: string[] = [];
    const apply = async (c: PlannedChange) => {
      if ((c as { path: string }).path === '/configmap') throw new Error('conflict');
      applied.push((c as { path: string }).path);
    };
    await expect(
      applyPlannedStep(async () => planWith('ready', [change('/configmap'), change('/reference')]), 'x', apply),
    ).rejects.toThrow('conflict');
    expect(applied).toEqual([]);
  });
});
