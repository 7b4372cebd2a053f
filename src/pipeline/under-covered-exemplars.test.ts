import { describe, expect, it } from 'vitest';
import { makeResults, metric } from '../../test/gate/make-results.js';
import { realOf } from './pipeline.test-helper.js';
import { underCoveredExemplars } from './under-covered-exemplars.js';

const cluster = (c: number, cand: number, ref: number, direction: string, ids: string[], keywords: string[] = []) => ({
  cluster: c,
  candidate: 0,
  reference: 0,
  candidateShare: cand,
  referenceShare: ref,
  direction,
  keywords,
  examples: { candidate: [], reference: ids.map((id) => ({ row: 1, id, text: `cut ${id}` })) },
});

const real = realOf([
  ['r1', 'Linux beer hike on Saturday, full text', 'ham'],
  ['r2', 'Kernel 2.4.19 compile error', 'ham'],
  ['r3', 'Cheap toner cartridges', 'spam'],
  ['r4', 'Re: apt-get update broken', 'ham'],
  ['r5', 'Lose weight now', 'spam'],
]);

describe('underCoveredExemplars', () => {
  it('takes real rows of the under-represented clusters in turn, most under-represented first, with whole text and label', () => {
    const details = {
      clusters: [
        cluster(0, 0.4, 0.1, 'over', ['r5']),
        cluster(1, 0.05, 0.2, 'under', ['r2', 'r4'], ['kernel', 'apt']),
        cluster(2, 0.01, 0.3, 'under', ['r1', 'r3'], ['beer']),
        cluster(3, 0.2, 0.2, 'even', ['r3']),
      ],
    };
    const results = makeResults([metric('drift.clusters', { details })]);
    const found = underCoveredExemplars(results, real, 10);
    // Shortfalls: cluster 2 is 0.29 short, cluster 1 0.15: cluster 2 first, then alternate.
    expect(found.exemplars.map((e) => e.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(found.exemplars[0]).toEqual({ id: 'r1', text: 'Linux beer hike on Saturday, full text', label: 'ham' });
    expect(found.clusters.map((c) => [c.cluster, c.direction, c.exemplarIds])).toEqual([
      [2, 'under', ['r1', 'r3']],
      [1, 'under', ['r2', 'r4']],
    ]);
    expect(underCoveredExemplars(results, real, 3).exemplars.map((e) => e.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('falls back to the three clusters with the largest shortfall when none is significantly under-represented', () => {
    const details = {
      clusters: [
        cluster(0, 0.1, 0.12, 'even', ['r1']),
        cluster(1, 0.1, 0.2, 'even', ['r2']),
        cluster(2, 0.1, 0.15, 'even', ['r3']),
        cluster(3, 0.1, 0.11, 'even', ['r4']),
        cluster(4, 0.6, 0.42, 'even', ['r5']),
      ],
    };
    const found = underCoveredExemplars(makeResults([metric('drift.clusters', { details })]), real, 10);
    expect(found.clusters.map((c) => [c.cluster, c.direction])).toEqual([
      [1, 'short'],
      [2, 'short'],
      [0, 'short'],
    ]);
    expect(found.exemplars.map((e) => e.id)).toEqual(['r2', 'r3', 'r1']);
  });

  it('gives nothing when drift.clusters did not run, has other details, or names rows the real data lacks', () => {
    const empty = { clusters: [], exemplars: [] };
    expect(underCoveredExemplars(makeResults([metric('drift.c2st-auc')]), real, 5)).toEqual(empty);
    expect(underCoveredExemplars(makeResults([metric('drift.clusters', { status: 'skipped', value: null })]), real, 5)).toEqual(empty);
    expect(underCoveredExemplars(makeResults([metric('drift.clusters', { details: { k: 8 } })]), real, 5)).toEqual(empty);
    const unknown = { clusters: [cluster(0, 0, 0.5, 'under', ['nope'])] };
    expect(underCoveredExemplars(makeResults([metric('drift.clusters', { details: unknown })]), real, 5)).toEqual(empty);
  });
});
