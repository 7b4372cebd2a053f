import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function fakeStream(columns?: number) {
  const writes: string[] = [];
  return { writes, columns, write: (chunk: string) => writes.push(chunk) };
}

function fakeClock() {
  let t = 0;
  return { now: () => t, set: (ms: number) => (t = ms) };
}

/** What a terminal shows of one redraw: without \r, the erase-to-end code and the final newline. */
const visible = (chunk: string) => chunk.replace(/^\r/, '').replace('\u001b[K', '').replace(/\n$/, '');

describe('createProgress', () => {
  it('writes nothing at all when disabled', () => {
    const stream = fakeStream();
    const progress = createProgress({ stream, label: 'embedding', total: 100, enabled: false });
    for (let i = 0; i <= 100; i++) progress.update(i);
    progress.done();
    expect(stream.writes).toEqual([]);
  });

  it('draws label, bar, percentage, count, rate and ETA, redrawn in place, and ends the line when done', () => {
    const stream = fakeStream();
    const clock = fakeClock();
    const progress = createProgress({ stream, label: 'embedding', total: 100, enabled: true, now: clock.now });
    clock.set(1000);
    progress.update(25); // 25 items in 1 s: 25/s, 75 left → 3 s
    clock.set(4000);
    progress.update(100);
    progress.done();
    progress.done();
    expect(stream.writes).toEqual([
      '\rembedding [#####---------------]  25% 25/100 25/s ETA 0:03\u001b[K',
      '\rembedding [####################] 100% 100/100 25/s ETA 0:00\u001b[K',
      '\rembedding [####################] 100% 100/100 25/s in 0:04\u001b[K\n',
    ]);
  });

  it('redraws at most ten times a second however often it is updated', () => {
    const stream = fakeStream();
    const clock = fakeClock();
    const progress = createProgress({ stream, label: 'x', total: 10_000, enabled: true, now: clock.now });
    for (let ms = 0; ms < 1000; ms++) {
      clock.set(ms);
      progress.update(ms * 10);
    }
    // Draws at 0, 100, …, 900 ms.
    expect(stream.writes).toHaveLength(10);
  });

  it('keeps the line within the terminal width, dropping the bar before the numbers', () => {
    const stream = fakeStream(40);
    const clock = fakeClock();
    const progress = createProgress({ stream, label: 'embedding 12,345 rows', total: 12_345, enabled: true, now: clock.now });
    clock.set(2000);
    progress.update(6000);
    expect(visible(stream.writes[0])).toBe('embedding 12,345 rows  48% 6,000/12,345');
    expect(visible(stream.writes[0]).length).toBeLessThanOrEqual(39);
  });

  it('formats hours, thousands per second, an unknown ETA and an empty total', () => {
    const stream = fakeStream(200);
    const clock = fakeClock();
    const slow = createProgress({ stream, label: 'slow', total: 10_000, enabled: true, now: clock.now });
    slow.update(0); // no rate yet
    clock.set(10_000);
    slow.update(2); // 0.2/s → 9,998 left → 49,990 s
    const fast = createProgress({ stream, label: 'fast', total: 1_000_000, enabled: true, now: clock.now });
    clock.set(12_000);
    fast.update(25_000); // 12,500/s
    const empty = createProgress({ stream, label: 'none', total: 0, enabled: true, now: clock.now });
    empty.done();
    expect(stream.writes.map(visible)).toEqual([
      'slow [--------------------]   0% 0/10,000 0.0/s ETA --:--',
      'slow [--------------------]   0% 2/10,000 0.2/s ETA 13:53:10',
      'fast [#-------------------]   2% 25,000/1,000,000 13k/s ETA 1:18',
      'none [####################] 100% 0/0 0.0/s in 0:00',
    ]);
  });

  it('refuses a negative or NaN total and a NaN count', () => {
    expect(() => createProgress({ stream: fakeStream(), label: 'x', total: -1, enabled: true })).toThrow('createProgress needs a total ≥ 0, got -1');
    expect(() => createProgress({ stream: fakeStream(), label: 'x', total: Number.NaN, enabled: false })).toThrow(/total/);
    expect(() => createProgress({ stream: fakeStream(), label: 'x', total: 5, enabled: true }).update(Number.NaN)).toThrow('progress.update needs a finite count, got NaN');
  });
});
