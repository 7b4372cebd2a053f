import { subSide } from '../../core/evaluate/side.js';
import { MetricSkip, type MetricContext, type MetricDefinition } from '../../core/evaluate/types.js';
import type { Matrix } from '../../core/matrix.js';
import type { Rng } from '../../core/rng.js';
import { rowTopK } from '../../stats/kernels/row-top-k.js';
import { gatherRows } from './gather-rows.js';
import { holdoutIndices } from './holdout-indices.js';
import { quantiles } from './quantiles.js';

/**
 * Two nearest-neighbour cosines closer than this are a tie: float32 dot products of the same pair
 * of vectors computed in different Gemm blocks may differ in the last bits (≈6e-8 relative), and
 * an exact duplicate in both halves must count as a tie, not as a coin flip of rounding.
 */
const TIE = 1e-6;
/**
 * Neighbours kept per row for the bootstrap: in a bootstrap resample of a comparison set a row is
 * absent with probability 1/e, so all of the 10 nearest are absent with probability e⁻¹⁰ ≈ 5e-5
 * (then the 10th's similarity stands in, a negligible overestimate).
 */
const K = 10;

/** The K nearest rows of B for each row of A, skipping `self[t]` (A's row t is B's row self[t]) when ≥ 0. */
interface Neighbours {
  k: number;
  values: Float64Array;
  indices: Int32Array;
}

async function neighbours(a: Matrix, b: Matrix, self: Int32Array | null): Promise<Neighbours> {
  const k = Math.min(K, b.rows - (self ? 1 : 0));
  const fetch = self ? Math.min(k + 1, b.rows) : k;
  const top = await rowTopK(a, b, fetch);
  const values = new Float64Array(a.rows * k);
  const indices = new Int32Array(a.rows * k);
  for (let t = 0; t < a.rows; t++) {
    let out = 0;
    for (let s = 0; s < fetch && out < k; s++) {
      const j = top.indices[t * fetch + s];
      if (self && j === self[t]) continue;
      values[t * k + out] = top.values[t * fetch + s];
      indices[t * k + out] = j;
      out++;
    }
  }
  return { k, values, indices };
}

/** Similarity to the nearest row present (count > 0) in a resample of B; all present when counts is null. */
function nearestPresent(nb: Neighbours, t: number, counts: Int32Array | null): number {
  if (!counts) return nb.values[t * nb.k];
  for (let s = 0; s < nb.k; s++) if (counts[nb.indices[t * nb.k + s]] > 0) return nb.values[t * nb.k + s];
  return nb.values[t * nb.k + nb.k - 1];
}

const side = (toReference: number, toHoldout: number) => (Math.abs(toReference - toHoldout) <= TIE ? 0.5 : toReference > toHoldout ? 1 : 0);

function multiplicities(n: number, rng: Rng): Int32Array {
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) counts[rng.int(n)]++;
  return counts;
}

/**
 * privacy.dcr-share: distance to closest record against a holdout (Platzer & Reutterer 2021,
 * "Holdout-based fidelity and privacy assessment of mixed-type synthetic data"). For each
 * synthetic row, its nearest row (cosine distance, 1 − cosine of unit embeddings) in a sample of
 * the reference half and in an equal-size sample of the holdout half: the value is the share of
 * synthetic rows closer to the reference than to the holdout, a tie (|Δcos| ≤ 1e-6, e.g. an exact
 * duplicate present in both halves) counting ½. A generator that saw only the reference rows
 * and did not memorise them lands its rows as close to unseen holdout rows as to seen ones: ≈ 0.5
 * is healthy (goal 'target' 0.5); towards 1, synthetic rows hug the reference rows.
 *
 * What it can and cannot see: synthscope splits the real data itself, at random, so this detects
 * memorisation of the reference half only when the generator's training or prompt rows were that
 * half. Copies of real rows spread over both halves leave the share at 0.5: the exact and near copy
 * rates, which search all real rows, are the metrics for those. Details also give the distances
 * themselves (quantiles for synthetic→reference and holdout→reference) and the share of synthetic
 * rows closer to the reference than the 5th percentile of holdout→reference distances (the DCR
 * 5th-percentile check of synthetic-data privacy reports).
 *
 * Baseline (real vs real), leave-one-out: each holdout row is the candidate, compared with the
 * other holdout rows and with an equal-size sample of the reference rows (one fewer than the
 * holdout, so both sets have |H| − 1 rows). Both sets are random real rows other than the
 * candidate, so the baseline's expectation is exactly 0.5 and its interval shows the noise at
 * this size.
 *
 * CI: bootstrap that resamples the candidate rows AND both comparison sets (a comparison set's
 * few "hub" rows, near many candidates, move the share as much as the candidates do), from the 10
 * nearest neighbours kept per row in each set.
 */
export const dcrShare: MetricDefinition = {
  id: 'privacy.dcr-share',
  family: 'privacy',
  title: 'DCR share (closer to reference than holdout)',
  description:
    'Share of synthetic rows whose closest real record is in the reference half rather than an equal-size sample of the holdout half (ties ½); 0.5 is healthy, higher means rows hug the reference data.',
  goal: 'target',
  target: 0.5,
  range: [0, 1],
  requires: { reference: true },
  // A share from 100 rows has a binomial standard error of 0.05 at 0.5: below that the value cannot
  // tell 0.5 from 0.6.
  minRows: 100,
  ci: { method: 'bootstrap', resamples: 500 },
  async compute(ctx) {
    const setup = ctx.candidate.name === 'synthetic' ? await valueSetup(ctx) : baselineSetup(ctx);
    const { candidate, reference, holdout, holdoutSelf } = setup;
    if (candidate.rows < 1 || reference.rows < 2 || holdout.rows < 2) {
      throw new MetricSkip('needs at least one candidate row and two rows in each real half');
    }
    const toReference = await neighbours(candidate, reference, null);
    const toHoldout = await neighbours(candidate, holdout, holdoutSelf);
    const n = candidate.rows;
    const shareOf = (weights: Int32Array | null, refCounts: Int32Array | null, holdCounts: Int32Array | null) => {
      let sum = 0;
      let total = 0;
      for (let t = 0; t < n; t++) {
        const w = weights ? weights[t] : 1;
        if (w === 0) continue;
        sum += w * side(nearestPresent(toReference, t, refCounts), nearestPresent(toHoldout, t, holdCounts));
        total += w;
      }
      return sum / total;
    };
    let closer = 0;
    let ties = 0;
    const candidateDistance = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const s = side(toReference.values[t * toReference.k], toHoldout.values[t * toHoldout.k]);
      if (s === 1) closer++;
      else if (s === 0.5) ties++;
      candidateDistance[t] = 1 - Math.max(toReference.values[t * toReference.k], toHoldout.values[t * toHoldout.k]);
    }
    // What "close" means between real rows: holdout rows' distance to their nearest reference row.
    const holdoutToReference = await rowTopK(holdout, reference, 1);
    const realDistance = Float64Array.from(holdoutToReference.values, (c) => 1 - c);
    const p5 = quantiles(realDistance, [0.05]).p5 ?? 0;
    let below = 0;
    for (const d of candidateDistance) if (d < p5) below++;
    return {
      value: shareOf(null, null, null),
      resample: (rng) => shareOf(multiplicities(n, rng), multiplicities(reference.rows, rng), multiplicities(holdout.rows, rng)),
      warnings: setup.warnings,
      details: {
        rows: n,
        referenceRows: reference.rows,
        holdoutRows: holdout.rows - (holdoutSelf ? 1 : 0),
        closerToReference: closer,
        ties,
        closerToHoldout: n - closer - ties,
        tieTolerance: TIE,
        distanceToClosestRecord: quantiles(candidateDistance, [0, 0.05, 0.5, 0.95]),
        holdoutDistanceToReference: quantiles(realDistance, [0, 0.05, 0.5, 0.95]),
        shareBelowHoldoutP5: below / n,
        setup: setup.note,
      },
    };
  },
};

interface Setup {
  candidate: Matrix;
  reference: Matrix;
  holdout: Matrix;
  /** Baseline: row t of the candidates is row holdoutSelf[t] of the holdout set. */
  holdoutSelf: Int32Array | null;
  warnings: string[];
  note: string;
}

/** Synthetic rows (sampled) against equal-size samples of the reference and holdout halves. */
async function valueSetup(ctx: MetricContext): Promise<Setup> {
  const { dcrMaxRows, maxNeighbourRows } = ctx.config.privacy;
  const holdoutSide = subSide(ctx.real, await holdoutIndices(ctx), 'holdout');
  const size = Math.min(ctx.reference.rows.length, holdoutSide.rows.length, dcrMaxRows);
  const ref = ctx.sample(ctx.reference, size, 'DCR: reference rows, as many as holdout rows');
  const hold = ctx.sample(holdoutSide, size, 'DCR: holdout rows, as many as reference rows');
  const cand = ctx.sample(ctx.candidate, maxNeighbourRows, 'DCR: candidate rows');
  const warnings = cand.length < ctx.candidate.rows.length ? [`DCR computed for a seeded sample of ${cand.length} of ${ctx.candidate.rows.length} rows (privacy.maxNeighbourRows)`] : [];
  return {
    candidate: gatherRows(ctx.candidate.embeddings, cand),
    reference: gatherRows(ctx.reference.embeddings, ref),
    holdout: gatherRows(holdoutSide.embeddings, hold),
    holdoutSelf: null,
    warnings,
    note: `${cand.length} synthetic rows against ${ref.length} reference and ${hold.length} holdout rows`,
  };
}

/** Leave-one-out: each holdout row against the other holdout rows and as many reference rows. */
function baselineSetup(ctx: MetricContext): Setup {
  const { dcrMaxRows, maxNeighbourRows } = ctx.config.privacy;
  const hold = ctx.sample(ctx.candidate, dcrMaxRows, 'DCR baseline: holdout rows');
  const ref = ctx.sample(ctx.reference, hold.length - 1, 'DCR baseline: reference rows, one fewer than holdout rows');
  let positions = hold.map((_, t) => t);
  if (positions.length > maxNeighbourRows) positions = ctx.rng.shuffle(positions).slice(0, maxNeighbourRows).sort((a, b) => a - b);
  const holdout = gatherRows(ctx.candidate.embeddings, hold);
  return {
    candidate: gatherRows(holdout, positions),
    reference: gatherRows(ctx.reference.embeddings, ref),
    holdout,
    holdoutSelf: Int32Array.from(positions),
    warnings: [],
    note: `leave-one-out: ${positions.length} holdout rows, each against the ${hold.length - 1} other holdout rows and ${ref.length} reference rows`,
  };
}
