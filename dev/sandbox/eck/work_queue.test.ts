import { WorkQueue } from './work_queue';

describe('WorkQueue', () => {
  it('collapses a burst of events into one run after the debounce', async () => {
    const runs: string[] = [];
    const queue = new WorkQueue(
      async (key) => void runs.push(key),
      5,
      () => undefined,
    );
    for (let i = 0; i < 10; i++) queue.enqueue('prod/quickstart');
    queue.enqueue('prod/other');
    await queue.settled();
    expect(runs.sort()).toEqual(['prod/other', 'prod/quickstart']);
  });

  it('never runs a key twice at once, and runs once more for what arrived meanwhile', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const queue = new WorkQueue(
      async () => {
        active++;
        most = Math.max(most, active);
        runs++;
        await new Promise((resolve) => setTimeout(resolve, 10));
        active--;
      },
      0,
      () => undefined,
    );
    const first = queue.run('k');
    await new Promise((resolve) => setTimeout(resolve, 1));
    const second = queue.run('k');
    const third = queue.run('k');
    expect(third).toBe(second);
    await Promise.all([first, second]);
    expect({ most, runs }).toEqual({ most: 1, runs: 2 });
  });

  it('reports a failed run and goes on', async () => {
    const errors: unknown[] = [];
    const queue = new WorkQueue(
      async () => Promise.reject(new Error('boom')),
      0,
      (_, error) => errors.push(error),
    );
    await queue.run('k');
    expect(errors).toEqual([new Error('boom')]);
    await queue.stop();
  });
});
