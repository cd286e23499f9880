import { desiredStatus, type StatusInput } from './desired_status';

const READY = { ready: true, version: '9.1.5' };
const DOWN = { ready: false, version: '9.1.5' };
const input = (overrides: Partial<StatusInput>): StatusInput => ({
  generation: 2,
  specVersion: '9.1.5',
  expectedPods: 3,
  pods: [READY, READY, READY],
  restarting: false,
  now: '2026-01-01T00:00:00Z',
  ...overrides,
});

describe('desiredStatus', () => {
  it.each([
    ['all nodes ready', {}, 'Ready', 'green', 3],
    [
      'a rolling restart, one node down',
      { restarting: true, pods: [READY, DOWN, READY] },
      'ApplyingChanges',
      'yellow',
      2,
    ],
    ['a rolling restart between two nodes', { restarting: true }, 'ApplyingChanges', 'green', 3],
    ['pods still to create', { pods: [READY] }, 'ApplyingChanges', 'green', 1],
    ['a single node restarting', { expectedPods: 1, pods: [DOWN], restarting: true }, 'ApplyingChanges', 'unknown', 0],
    ['a reconciliation error', { error: 'config map prod/x …' }, 'ApplyingChanges', 'green', 3],
    ['an invalid spec', { invalid: 'minimum required version …', pods: [] }, 'Invalid', 'unknown', 0],
  ])('%s: phase %s, health %s, %i available', (_, overrides, phase, health, availableNodes) => {
    expect(desiredStatus(input(overrides))).toMatchObject({ phase, health, availableNodes, observedGeneration: 2 });
  });

  it('reports the lowest running version and whether all nodes run the desired one', () => {
    const status = desiredStatus(input({ specVersion: '9.2.0', pods: [READY, { ready: true, version: '9.2.0' }] }));
    expect(status.version).toBe('9.1.5');
    expect(status.conditions.find((c) => c.type === 'RunningDesiredVersion')?.status).toBe('False');
  });

  it('carries the error in ReconciliationComplete', () => {
    const status = desiredStatus(input({ error: 'must contain ca.crt file' }));
    expect(status.conditions[0]).toMatchObject({
      type: 'ReconciliationComplete',
      status: 'False',
      message: 'must contain ca.crt file',
    });
  });

  it('keeps lastTransitionTime while a condition holds, so a second reconcile writes nothing', () => {
    const first = desiredStatus(input({}));
    const second = desiredStatus(input({ previous: first, now: '2026-01-02T00:00:00Z' }));
    expect(second).toEqual(first);
    const changed = desiredStatus(input({ previous: first, now: '2026-01-02T00:00:00Z', restarting: true }));
    expect(changed.conditions[0].lastTransitionTime).toBe('2026-01-02T00:00:00Z');
    expect(changed.conditions[1].lastTransitionTime).toBe('2026-01-01T00:00:00Z');
  });
});
