import { describe, expect, it } from 'vitest';
import { toMatrix } from '../../core/matrix.js';
import { nearDuplicates } from './near-duplicates.js';
import { diversityFixture } from './reference-fixture.test-helper.js';

describe('nearDuplicates()', () => {
  const { x, threshold, match, similarity } = diversityFixture.nearDuplicates;
  const m = toMatrix(x, 'test');

  it('finds for every row the most similar earlier row at cosine ≥ 0.95, as numpy brute force (scripts/reference/diversity.py)', async () => {
    // 190 rows: 20 near copies, 10 exact copies and a cluster of 40 (more than the 16 neighbours
    // asked for first, so its head rows need the wider second and third asks).
    const all = x.map((_, i) => i);
    const got = await nearDuplicates(m, threshold, all);
    expect(Array.from(got.match)).toEqual(match);
    got.similarity.forEach((v, i) => {
      if (similarity[i] === null) expect(v).toBeNaN();
      // float32 Gemm against float64: about 1e-7.
      else expect(v).toBeCloseTo(similarity[i]!, 5);
    });
    // Clusters: every linked row once, each led by its smallest row.
    const members = got.clusters.flatMap((c) => [c.first, ...c.repeats]);
    expect(new Set(members).size).toBe(members.length);
    for (const c of got.clusters) for (const r of c.repeats) expect(r).toBeGreaterThan(c.first);
    expect(got.clusters.reduce((s, c) => s + c.repeats.length, 0)).toBe(match.filter((j) => j >= 0).length);
    // The planted cluster of 40 comes out whole (its rows are all within 0.95 of each other).
    expect(Math.max(...got.clusters.map((c) => c.repeats.length + 1))).toBe(40);
  });

  it('checks only the rows asked for, each still against every row', async () => {
    const some = [5, 50, 100, 150, 189];
    const got = await nearDuplicates(m, threshold, some);
    expect(Array.from(got.match)).toEqual(some.map((i) => match[i]));
  });

  it('links a row to the most similar earlier row, not the first one above the threshold, and never to itself or a later row', async () => {
    // Rows 1 and 2 are both ≥ 0.95 from row 3; row 2 is closer. Row 0 is a later row's match only.
    const unit = (v: number[]) => v.map((a) => a / Math.hypot(...v));
    const got = await nearDuplicates(toMatrix([unit([1, 0, 0]), unit([0, 1, 0.25]), unit([0, 1, 0.1]), unit([0, 1, 0.12]), unit([1, 0.01, 0])], 'test'), 0.95, [0, 1, 2, 3, 4]);
    expect(Array.from(got.match)).toEqual([-1, -1, 1, 2, 0]);
    expect(got.clusters).toEqual([
      { first: 0, repeats: [4] },
      { first: 1, repeats: [2, 3] },
    ]);
  });

  it('gives no match for a single row', async () => {
    const got = await nearDuplicates(toMatrix([[1, 0]], 'test'), 0.95, [0]);
    expect(Array.from(got.match)).toEqual([-1]);
    expect(got.clusters).toEqual([]);
  });
});
