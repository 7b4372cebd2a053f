import { InvalidArgumentError } from '../../core/errors.js';
import type { Rng } from '../../core/rng.js';
import { ksTest } from '../../stats/ks-test.js';
import { psi } from '../../stats/psi.js';
import { wasserstein1d } from '../../stats/wasserstein-1d.js';
import { shiftOnSupport, type ShiftStatistics } from './shift-on-support.js';

/** Bins of the histogram stored for charts (equal width over the pooled range). */
const HISTOGRAM_BINS = 20;
/** psi's default share for an empty bin. */
const PSI_EPS = 1e-4;

export interface SampleSummary {
  n: number;
  mean: number;
  sd: number;
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
}

export interface NumericShift extends ShiftStatistics {
  ksPValue: number;
  ksMethod: 'exact' | 'asymp';
  psiBins: { cutPoints: number[]; referenceShares: number[]; candidateShares: number[] };
  reference: SampleSummary;
  candidate: SampleSummary;
  histogram: { edges: number[]; reference: number[]; candidate: number[] };
  /** The three statistics on one bootstrap resample of each sample (rows drawn with replacement). */
  resample(rng: Rng): ShiftStatistics;
}

/**
 * How far a numeric quantity (text length, a metadata column) has moved from the reference to
 * the candidate sample: the KS test (`ksTest`, scipy ks_2samp), the Wasserstein-1 distance
 * (`wasserstein1d`) and the PSI on reference-decile bins (`psi`), with summaries and a histogram
 * for charts, and a bootstrap resampler that recomputes the three statistics in O(rows) from
 * counts over the distinct values (`shiftOnSupport`).
 *
 * @example
 * const s = numericShift([1, 2, 3, 4, 5], [3.5, 6, 7, 8, 9, 10], { bins: 2 });
 * s.ks // 0.8333333333333334 ; s.ksPValue // 0.025974025974025972 ; s.wasserstein // 4.25
 */
export function numericShift(reference: ArrayLike<number>, candidate: ArrayLike<number>, options: { bins: number }): NumericShift {
  if (reference.length === 0 || candidate.length === 0) {
    throw new InvalidArgumentError(`numericShift needs values on both sides, got ${reference.length} reference and ${candidate.length} candidate`);
  }
  const ks = ksTest(reference, candidate);
  const w = wasserstein1d(reference, candidate);
  const p = psi(reference, candidate, { bins: options.bins, eps: PSI_EPS });
  const ref = Float64Array.from(reference).sort();
  const cand = Float64Array.from(candidate).sort();

  // Distinct pooled values and each sample's index into them, for the resampler.
  const support = distinct(ref, cand);
  const refIndex = indexInto(support, ref);
  const candIndex = indexInto(support, cand);
  const refCounts = new Float64Array(support.length);
  const candCounts = new Float64Array(support.length);

  return {
    ks: ks.statistic,
    ksPValue: ks.pValue,
    ksMethod: ks.method,
    wasserstein: w,
    psi: p.psi,
    psiBins: { cutPoints: p.cutPoints, referenceShares: p.referenceShares, candidateShares: p.actualShares },
    reference: summarize(ref),
    candidate: summarize(cand),
    histogram: histogram(ref, cand),
    resample(rng) {
      refCounts.fill(0);
      candCounts.fill(0);
      for (let i = 0; i < refIndex.length; i++) refCounts[refIndex[rng.int(refIndex.length)]]++;
      for (let i = 0; i < candIndex.length; i++) candCounts[candIndex[rng.int(candIndex.length)]]++;
      return shiftOnSupport(support, refCounts, candCounts, options.bins, PSI_EPS);
    },
  };
}

function distinct(a: Float64Array, b: Float64Array): Float64Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
  }
  return Float64Array.from(out);
}

/** Position of each (sorted) value in the sorted distinct support. */
function indexInto(support: Float64Array, sorted: Float64Array): Int32Array {
  const out = new Int32Array(sorted.length);
  let k = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (support[k] !== sorted[i]) k++;
    out[i] = k;
  }
  return out;
}

/** numpy.quantile 'linear' on an ascending array. */
function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function summarize(sorted: Float64Array): SampleSummary {
  // Welford's mean and variance (ddof 1).
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < sorted.length; i++) {
    const delta = sorted[i] - mean;
    mean += delta / (i + 1);
    m2 += delta * (sorted[i] - mean);
  }
  return {
    n: sorted.length,
    mean,
    sd: sorted.length > 1 ? Math.sqrt(m2 / (sorted.length - 1)) : 0,
    min: sorted[0],
    p10: quantile(sorted, 0.1),
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    max: sorted[sorted.length - 1],
  };
}

function histogram(ref: Float64Array, cand: Float64Array): NumericShift['histogram'] {
  const lo = Math.min(ref[0], cand[0]);
  const hi = Math.max(ref[ref.length - 1], cand[cand.length - 1]);
  const bins = hi > lo ? HISTOGRAM_BINS : 1;
  const width = hi > lo ? (hi - lo) / bins : 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? (hi > lo ? hi : lo + 1) : lo + i * width));
  const count = (values: Float64Array) => {
    const counts = new Array<number>(bins).fill(0);
    for (const v of values) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]++;
    return counts;
  };
  return { edges, reference: count(ref), candidate: count(cand) };
}
