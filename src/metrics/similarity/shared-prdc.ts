import type { Matrix } from '../../core/matrix.js';
import { MetricSkip, type MetricContext, type Side } from '../../core/evaluate/types.js';
import { prdc, type Prdc, type PrdcPerRow } from '../../stats/embedding/prdc.js';

/** One PRDC computation, shared by similarity.precision, .recall, .density and .coverage. */
export interface SharedPrdc {
  k: number;
  precision: number;
  recall: number;
  density: number;
  coverage: number;
  perRow: PrdcPerRow;
  /** Row indices (into the candidate and reference sides) that went into the computation. */
  candidateRows: number[];
  referenceRows: number[];
}

function gather(side: Side, indices: readonly number[]): Matrix {
  const m = side.embeddings;
  if (indices.length === m.rows) return m;
  const d = m.dimension;
  const data = new Float32Array(indices.length * d);
  indices.forEach((r, t) => data.set(m.data.subarray(r * d, (r + 1) * d), t * d));
  return { rows: indices.length, dimension: d, data };
}

/**
 * Run-scoped cache of PRDC computations, keyed by the run's `real` side (one object per
 * evaluate() run, so entries go with the run) and then by the rows compared. `ctx.memo` shares
 * work between metrics only while they see the same Side objects, which holds for the overall
 * passes but not for per-label passes: the runner builds fresh label sub-sides for every metric,
 * so through ctx.memo alone the four metrics would compute per-label PRDC four times over.
 */
const runCaches = new WeakMap<Side, Map<string, Promise<SharedPrdc>>>();

/** Identifies a side's rows: its name, size and a 64-bit hash of its rows' positions in their dataset. */
function fingerprint(side: Side): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (const row of side.rows) {
    a = Math.imul(a ^ row.index, 0x01000193);
    b = Math.imul(b ^ row.index, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${side.name}:${side.rows.length}:${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}`;
}

/**
 * Precision, recall, density and coverage (Naeem et al. 2020, via `prdc`) of the candidate side
 * against the reference side, computed once per (candidate rows, reference rows) for all four
 * metrics, overall and per label (see `runCaches` for why not only through ctx.memo).
 *
 * Both sides are sampled (seeded, recorded) to the same size m = min(maxRows, candidate rows,
 * reference rows), as Naeem et al. evaluate with equal sizes: then, for identical distributions,
 * the expected values depend on k only, not on n (e.g. E[coverage] = 1 − 2⁻ᵏ to first order), so
 * value (synthetic vs reference) and baseline (holdout vs reference) compare even when the
 * synthetic and holdout sides differ in size. That is why these metrics need no `sizeSensitive`.
 *
 * The sample is drawn by whichever of the four metrics runs first (ctx.sample seeds by metric
 * id), and reused by the others.
 */
export function sharedPrdc(ctx: MetricContext): Promise<SharedPrdc> {
  const { k, maxRows } = ctx.config.similarity.prdc;
  let cache = runCaches.get(ctx.real);
  if (!cache) runCaches.set(ctx.real, (cache = new Map()));
  const key = `k=${k}:maxRows=${maxRows}:${fingerprint(ctx.candidate)}:${fingerprint(ctx.reference)}`;
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = computePrdc(ctx, k, maxRows)));
  return hit;
}

async function computePrdc(ctx: MetricContext, k: number, maxRows: number): Promise<SharedPrdc> {
  const m = Math.min(maxRows, ctx.candidate.rows.length, ctx.reference.rows.length);
  if (m <= k) {
    throw new MetricSkip(`PRDC needs more than k = ${k} rows on each side (a k-th nearest other row must exist), got ${ctx.candidate.rows.length} and ${ctx.reference.rows.length}`);
  }
  const purpose = `PRDC k-NN balls, both sides at ${m} rows (shared by similarity.precision, recall, density, coverage)`;
  const candidateRows = ctx.sample(ctx.candidate, m, purpose);
  const referenceRows = ctx.sample(ctx.reference, m, purpose);
  const result: Prdc = await prdc(gather(ctx.reference, referenceRows), gather(ctx.candidate, candidateRows), { k, perRow: true });
  return {
    k,
    precision: result.precision,
    recall: result.recall,
    density: result.density,
    coverage: result.coverage,
    perRow: result.perRow!,
    candidateRows,
    referenceRows,
  };
}

/** What every PRDC metric puts in `details`: the four values side by side and the sample sizes. */
export function prdcSummary(p: SharedPrdc): Record<string, unknown> {
  return {
    k: p.k,
    rowsPerSide: p.candidateRows.length,
    precision: p.precision,
    recall: p.recall,
    density: p.density,
    coverage: p.coverage,
  };
}

/** At most `max` items spread evenly over `items` (first and last included), in order. */
export function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  if (max < 2) return items.slice(0, max);
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]);
}

/** A text cut to at most 300 characters for details. */
export function excerpt(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
