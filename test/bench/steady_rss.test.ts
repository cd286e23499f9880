import { reachedWorkingSize } from './steady_rss';

const MB = 1024 * 1024;
const series = (...values: number[]) => values.map((value) => value * MB);

describe('reachedWorkingSize', () => {
  it('waits for a full window of samples', () => {
    expect(reachedWorkingSize(series(500, 500, 500), 15)).toBe(false);
    expect(reachedWorkingSize(series(...Array(16).fill(500)), 15)).toBe(true);
  });

  it('is not reached while V8 still raises the heap: RSS steps up within the window', () => {
    expect(reachedWorkingSize(series(300, 300, 430, 430, 488), 4)).toBe(false);
  });

  it('is reached once the window stays within the tolerance of its first sample, falls included', () => {
    expect(reachedWorkingSize(series(300, 488, 490, 495, 480, 491), 4, 0.02)).toBe(true);
    expect(reachedWorkingSize(series(300, 488, 490, 500, 480, 491), 4, 0.02)).toBe(false);
  });
});
