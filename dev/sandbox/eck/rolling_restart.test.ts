import { advanceRestart, restartProgress, startRestart, type RollingRestart } from './rolling_restart';

const PODS = ['es-default-0', 'es-default-1', 'es-default-2'];

/** The restart after the operator looked at each of these times, in turn. */
function after(looks: number[]): RollingRestart {
  return looks.reduce((restart, now) => advanceRestart(restart, 300, now), startRestart('new', '9.1.5', PODS, 1_000));
}

describe('a rolling restart', () => {
  it('goes from the highest ordinal down', () => {
    expect(startRestart('new', '9.1.5', ['es-default-0', 'es-default-10', 'es-default-2'], 0).pods).toEqual([
      'es-default-10',
      'es-default-2',
      'es-default-0',
    ]);
  });

  it.each([
    [[1_050], ['pending', 'pending', 'restarting'], false, 1_100],
    [[1_100], ['pending', 'restarting', 'restarted'], false, 1_200],
    [[1_100, 1_150], ['pending', 'restarting', 'restarted'], false, 1_200],
    [[1_100, 1_200], ['restarting', 'restarted', 'restarted'], false, 1_300],
    [[1_100, 1_200, 1_300], ['restarted', 'restarted', 'restarted'], true, undefined],
    // Looked at late: still one pod at a time, and the next pod gets its full share.
    [[5_000], ['pending', 'restarting', 'restarted'], false, 5_100],
  ])('after looks at %j: pods 0..2 %j, done %s, next change at %s', (looks, states, done, nextChangeAt) => {
    expect(restartProgress(after(looks), 300)).toEqual({
      pods: { 'es-default-0': states[0], 'es-default-1': states[1], 'es-default-2': states[2] },
      done,
      ...(nextChangeAt ? { nextChangeAt } : {}),
    });
  });

  it('still takes every pod down once with no time to spend', () => {
    const seen = new Set<string>();
    let restart = startRestart('new', '9.1.5', PODS, 0);
    while (!restartProgress(restart, 0).done) {
      const progress = restartProgress(restart, 0);
      for (const [pod, state] of Object.entries(progress.pods)) if (state === 'restarting') seen.add(pod);
      restart = advanceRestart(restart, 0, 0);
    }
    expect([...seen].sort()).toEqual(PODS);
  });
});
