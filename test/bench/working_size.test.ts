import { parseFullCollection } from './full_collections';
import { reachedWorkingSize } from './working_size';

const steadyRss = (megabytes: number, seconds = 16) => Array<number>(seconds).fill(megabytes * 1024 * 1024);

describe('reachedWorkingSize', () => {
  const settledHeap = [300, 304, 306];

  it('is reached when V8 stopped raising its heap and RSS held over the window', () => {
    expect(reachedWorkingSize(steadyRss(500), settledHeap)).toBe(true);
  });

  it('waits for a full window of RSS samples and for enough full collections', () => {
    expect(reachedWorkingSize(steadyRss(500, 10), settledHeap)).toBe(false);
    expect(reachedWorkingSize(steadyRss(500), [304, 306])).toBe(false);
  });

  it('is not reached while V8 still raises the limit, even when RSS has been flat since the last collection', () => {
    // What a 15-second RSS window alone took for the working size: 311 MB after 29 s, 550 MB at the end.
    expect(reachedWorkingSize(steadyRss(311), [163, 246, 276])).toBe(false);
  });

  it('is not reached while RSS still steps up within the window, and allows falls', () => {
    const stepping = [...steadyRss(480, 10), ...steadyRss(500, 6)];
    expect(reachedWorkingSize(stepping, settledHeap)).toBe(false);
    const falling = [...steadyRss(500, 10), ...steadyRss(470, 6)];
    expect(reachedWorkingSize(falling, settledHeap)).toBe(true);
  });
});

describe('parseFullCollection', () => {
  it('reads the live and committed heap of a Mark-Compact line of --trace-gc', () => {
    const line =
      '[5271:0x6b1c000]    45123 ms: Mark-Compact 276.1 (307.9) -> 71.0 (306.9) MB, 107.2 / 0.0 ms  (average mu = 0.97) allocation failure';
    expect(parseFullCollection(line)).toEqual({ isolate: '0x6b1c000', live: 71, committed: 306.9 });
  });

  it('ignores scavenges and other output', () => {
    expect(
      parseFullCollection('[5271:0x6b1c000]  45 ms: Scavenge 30.1 (40.2) -> 20.3 (41.0) MB, 1.2 ms'),
    ).toBeUndefined();
    expect(parseFullCollection('standalone host is running at http://127.0.0.1:1234/')).toBeUndefined();
  });
});
