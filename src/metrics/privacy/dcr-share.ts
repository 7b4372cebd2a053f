import { subSide } from '../../core/evaluate/side.js';
import { MetricSkip, type MetricContext, type MetricDefinition } from '../../core/evaluate/types.js';
import type { Rng } from '../../core/rng.js';
import { rowTopK } from '../../stats/kernels/row-top-k.js';
import { gatherRows } from './gather-rows.js';
import { holdoutIndices } from './holdout-indices.js';
import { nearestReal, type NeighbourList } from './nearest-real.js';
import { quantiles } from './quantiles.js';

/**
 * Two nearest-neighbour cosines closer than this are a tie: float32 dot products of the same pair
 * of vectors computed in different Gemm blocks may differ in the last bits (≈6e-8 relative), and
 * an exact duplicate in both halves must count as a tie, not as a coin flip of rounding.
 */
const TIE = 1e-6;
/** Holdout rows (at most) whose distance to the reference is the yardstick of "close" in details. */
const YARDSTICK_ROWS = 5000;

/**
 * Cosine to the nearest comparison row that is not set aside and, in a bootstrap resample, present
 * (count > 0); the last kept neighbour's when none of the kept ones qualifies (see NEIGHBOURS).
 */
function nearestKept(list: NeighbourList, t: number, aside: Uint8Array, counts: Int32Array | null): number {
  const base = t * list.k;
  for (let s = 0; s < list.k; s++) {
    const j = list.indices[base + s];
    if (aside[j] === 0 && (counts === null || counts[j] > 0)) return list.values[base + s];
  }
  return list.values[base + list.k - 1];
}

const side = (toReference: number, toHoldout: number) => (Math.abs(toReference - toHoldout) <= TIE ? 0.5 : toReference > toHoldout ? 1 : 0);

function multiplicities(n: number, rng: Rng): Int32Array {
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) counts[rng.int(n)]++;
  return counts;
}

/** Marks `count` random rows of a set of `size` as set aside. */
function setAside(size: number, count: number, rng: Rng): Uint8Array {
  const aside = new Uint8Array(size);
  for (const j of rng.shuffle(Array.from({ length: size }, (_, i) => i)).slice(0, count)) aside[j] = 1;
  return aside;
}

/**
 * privacy.dcr-share: distance to closest record against a holdout (Platzer & Reutterer 2021,
 * "Holdout-based fidelity and privacy assessment of mixed-type synthetic data"). For each
 * synthetic row, its nearest row (cosine distance, 1 − cosine of unit embeddings) in the reference
 * half and in the holdout half of the real data, made equal in size (the engine's split gives the
 * reference at most one row more; that row is set aside, seeded): the value is the share of
 * synthetic rows closer to the reference than to the holdout, a tie (|Δcos| ≤ 1e-6, e.g. an exact
 * duplicate present in both halves) counting ½. A generator that saw only the reference rows and
 * did not memorise them lands its rows as close to unseen holdout rows as to seen ones: ≈ 0.5 is
 * healthy (goal 'target' 0.5); towards 1, synthetic rows hug the reference rows.
 *
 * What it can and cannot see: synthscope splits the real data itself, at random, so this detects
 * memorisation of the reference half only when the generator's training or prompt rows were that
 * half. Copies of real rows spread over both halves leave the share at 0.5: the exact and near copy
 * rates, which search all real rows, are the metrics for those. Details also give the distances
 * themselves (quantiles of synthetic rows' distance to the closest real record, and of holdout
 * rows' distance to the reference) and the share of synthetic rows closer to a real record than
 * the 5th percentile of holdout→reference distances (the DCR 5th-percentile check of
 * synthetic-data privacy reports).
 *
 * Baseline (real vs real), leave-one-out: each holdout row is the candidate, compared with the
 * other holdout rows and with as many reference rows (one or two set aside). Both sets are random
 * real rows other than the candidate, so the baseline's expectation is exactly 0.5 and its
 * interval shows the noise at this size.
 *
 * The nearest rows come from the pass shared with `privacy.near-copy-rate` (`nearestReal`: at
 * most `privacy.maxNeighbourRows` candidate rows, every real row). CI: a bootstrap that resamples
 * the candidate rows AND both comparison sets (a comparison set's few "hub" rows, nearest to many
 * candidates, move the share as much as the candidates do), from the 10 nearest neighbours kept
 * per row in each half.
 */
export const dcrShare: MetricDefinition = {
  id: 'privacy.dcr-share',
  family: 'privacy',
  title: 'DCR share (closer to reference than holdout)',
  description:
    'Share of synthetic rows whose closest real record is in the reference half rather than the equal-size holdout half (ties ½); 0.5 is healthy, higher means rows hug the reference data.',
  goal: 'target',
  target: 0.5,
  range: [0, 1],
  requires: { reference: true },
  // A share from 100 rows has a binomial standard error of 0.05 at 0.5: below that the value cannot
  // tell 0.5 from 0.6.
  minRows: 100,
  ci: { method: 'bootstrap', resamples: 500 },
  async compute(ctx) {
    const { searched, reference, holdout } = await nearestReal(ctx);
    const baseline = ctx.candidate.name !== 'synthetic';
    const nR = reference.positions.length;
    const nH = holdout.positions.length - (baseline ? 1 : 0);
    if (searched.length < 1 || nR < 2 || nH < 2) throw new MetricSkip('needs at least one candidate row and two rows in each real half');
    if (Math.abs(nR - nH) > 3) throw new MetricSkip(`the reference and holdout halves differ by ${Math.abs(nR - nH)} rows; the DCR share needs halves of equal size`);
    const asideR = setAside(nR, Math.max(0, nR - nH), ctx.rng);
    const asideH = setAside(holdout.positions.length, Math.max(0, nH - nR), ctx.rng);
    const n = searched.length;
    const shareOf = (weights: Int32Array | null, countsR: Int32Array | null, countsH: Int32Array | null) => {
      let sum = 0;
      let total = 0;
      for (let t = 0; t < n; t++) {
        const w = weights ? weights[t] : 1;
        if (w === 0) continue;
        sum += w * side(nearestKept(reference, t, asideR, countsR), nearestKept(holdout, t, asideH, countsH));
        total += w;
      }
      return sum / total;
    };
    let closer = 0;
    let ties = 0;
    const distance = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const r = nearestKept(reference, t, asideR, null);
      const h = nearestKept(holdout, t, asideH, null);
      const s = side(r, h);
      if (s === 1) closer++;
      else if (s === 0.5) ties++;
      distance[t] = 1 - Math.max(r, h);
    }
    const yardstick = await holdoutToReference(ctx);
    const p5 = quantiles(yardstick, [0.05]).p5 ?? 0;
    let below = 0;
    for (const d of distance) if (d < p5) below++;
    const size = Math.min(nR, nH);
    return {
      value: shareOf(null, null, null),
      resample: (rng) => shareOf(multiplicities(n, rng), multiplicities(nR, rng), multiplicities(holdout.positions.length, rng)),
      warnings: n < ctx.candidate.rows.length ? [`DCR computed for a seeded sample of ${n} of ${ctx.candidate.rows.length} rows (privacy.maxNeighbourRows)`] : [],
      details: {
        rows: n,
        comparisonRows: size,
        closerToReference: closer,
        ties,
        closerToHoldout: n - closer - ties,
        tieTolerance: TIE,
        distanceToClosestRecord: quantiles(distance, [0, 0.05, 0.5, 0.95]),
        holdoutDistanceToReference: quantiles(yardstick, [0, 0.05, 0.5, 0.95]),
        shareBelowHoldoutP5: below / n,
        setup: baseline
          ? `leave-one-out: each of ${n} holdout rows against the ${size} other holdout rows and ${size} reference rows`
          : `${n} synthetic rows against ${size} reference and ${size} holdout rows`,
      },
    };
  },
};

/** Distances of (a sample of) holdout rows to their nearest reference row; computed once per run. */
function holdoutToReference(ctx: MetricContext): Promise<Float64Array> {
  return ctx.shared('privacy.holdout-to-reference', async () => {
    const holdout = subSide(ctx.real, await holdoutIndices(ctx), 'holdout');
    const picked = ctx.sample(holdout, YARDSTICK_ROWS, 'DCR details: holdout rows whose distance to the reference is the yardstick');
    const top = await rowTopK(gatherRows(holdout.embeddings, picked), ctx.reference.embeddings, 1);
    return Float64Array.from(top.values, (c) => 1 - c);
  });
}
