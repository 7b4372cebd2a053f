import { describe, expect, it } from 'vitest';
import { fixtureResults } from '../../../test/report/fixture-results.js';
import { readProjection } from './read-projection.js';

describe('readProjection', () => {
  it('returns null when results.json has no projection', () => {
    expect(readProjection(fixtureResults({ rows: 50, projectionPoints: 0 }), 2000)).toBeNull();
  });

  it('keeps every point when a side has at most maxPoints, and reports the engine’s sample', () => {
    const p = readProjection(fixtureResults({ rows: 300 }), 2000)!;
    expect(p.points).toHaveLength(600);
    expect(p.sampled).toEqual({ synthetic: { size: 300, of: 300 }, real: { size: 300, of: 300 } });
    expect([p.seed, p.cutSeed, p.explained]).toEqual([99, null, [0.12, 0.07]]);
  });

  it('cuts a side to maxPoints with the run’s seed, the same points every time', () => {
    const results = fixtureResults({ rows: 1000, projectionPoints: 1000 });
    const a = readProjection(results, 100)!;
    const b = readProjection(results, 100)!;
    expect(a.sampled).toEqual({ synthetic: { size: 100, of: 1000 }, real: { size: 100, of: 1000 } });
    expect(a.cutSeed).toBe(7);
    expect(a.points).toEqual(b.points);
    expect(new Set(a.points.map((p) => `${p.source}:${p.row}`)).size).toBe(200);
  });

  it('finds a projection under a metric’s details too, and drops malformed points', () => {
    const results = fixtureResults({ rows: 50, projectionPoints: 0 });
    results.metrics[0].details.projection = { points: [{ source: 'real', row: 1, label: 'a', x: 1, y: 2 }, { source: 'elsewhere', x: 1, y: 2 }, { source: 'synthetic', x: 'no', y: 1 }] };
    const p = readProjection(results, 10)!;
    expect(p.points).toEqual([{ source: 'real', row: 1, label: 'a', x: 1, y: 2 }]);
    expect(p.sampled).toEqual({ synthetic: { size: 0, of: 0 }, real: { size: 1, of: 1 } });
  });
});
