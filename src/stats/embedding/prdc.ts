import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type Matrix, type MatrixLike } from '../../core/matrix.js';
import { centerRows } from '../kernels/center-rows.js';
import { forEachProductBlock } from '../kernels/for-each-product-block.js';
import type { KernelOptions } from '../kernels/kernel-matrix.js';
import { rowSquaredNorms } from '../kernels/row-squared-norms.js';
import { rowTopK } from '../kernels/row-top-k.js';
import { squaredDistance } from '../kernels/squared-distance.js';

export interface PrdcOptions extends KernelOptions {
  /** Neighbourhood size: each real (synthetic) row's ball reaches its k-th nearest other row. Default 5. */
  k?: number;
  /** Also return the per-row values the four are means of (`perRow`), e.g. for a bootstrap. Default false. */
  perRow?: boolean;
}

/** The per-row values behind the four numbers: each of them is a mean of one of these. */
export interface PrdcPerRow {
  /** Per synthetic row: the number of real k-NN balls it is inside. Precision = share > 0; density = mean / k. */
  ballCounts: Int32Array;
  /** Per real row: 1 when it is inside some synthetic row's k-NN ball. Recall = mean. */
  recalled: Uint8Array;
  /** Per real row: 1 when its k-NN ball holds some synthetic row. Coverage = mean. */
  covered: Uint8Array;
}

export interface Prdc {
  /** Share of synthetic rows inside at least one real row's k-NN ball. */
  precision: number;
  /** Share of real rows inside at least one synthetic row's k-NN ball. */
  recall: number;
  /** Mean over synthetic rows of the number of real k-NN balls containing it, divided by k (can exceed 1). */
  density: number;
  /** Share of real rows whose k-NN ball contains at least one synthetic row. */
  coverage: number;
  /** Only with `perRow: true`. */
  perRow?: PrdcPerRow;
}

/**
 * Bound on the float32 error of ‖a‖² + ‖b‖² − 2a·b as a multiple of ‖a‖² + ‖b‖²: the Gemm dot
 * product of d terms errs by at most d·2⁻²⁴·‖a‖‖b‖ (Higham, Accuracy and Stability, §3.1), plus
 * a few roundings for the bias and the centring; twice that, for safety.
 */
const errorFactor = (d: number): number => (d + 16) * 2 ** -23;

/** Extra candidates fetched beyond k + 1, so that float32 ranking errors rarely need the slow path. */
const CANDIDATE_MARGIN = 8;

/**
 * Exact (float64) squared distance from each row to its k-th nearest other row, i.e. the
 * (k + 1)-th smallest distance counting the row itself at 0, as clovaai's
 * `compute_nearest_neighbour_distances`. Candidates come from a float32 Gemm → TopK of
 * a·b − ‖b‖²/2 on the centred rows; their distances are then recomputed exactly. A row whose
 * left-out rows could, within the float32 error bound, still be closer than the radius found
 * (many rows tied at the radius, e.g. duplicates) is asked again with 4× as many candidates,
 * up to all rows.
 */
async function kthNeighbourSquaredDistances(x: Matrix, centred: Matrix, norms: Float64Array, k: number, options: KernelOptions): Promise<Float64Array> {
  const n = x.rows;
  const d = x.dimension;
  const bias = new Float32Array(n);
  let maxNorm = 0;
  for (let j = 0; j < n; j++) {
    bias[j] = -norms[j] / 2;
    if (norms[j] > maxNorm) maxNorm = norms[j];
  }
  const tolerance = errorFactor(d);
  const radii = new Float64Array(n);
  let pending = Array.from({ length: n }, (_, i) => i);
  let wanted = Math.min(n, k + 1 + CANDIDATE_MARGIN);
  while (pending.length > 0) {
    const rows = pending.length === n ? centred : gatherRows(centred, pending);
    const top = await rowTopK(rows, centred, wanted, { ...options, bias });
    const exact = new Float64Array(wanted);
    const unresolved: number[] = [];
    pending.forEach((i, p) => {
      for (let t = 0; t < wanted; t++) exact[t] = squaredDistance(x, i, x, top.indices[p * wanted + t]);
      const radius = exact.slice().sort()[k];
      // Rows left out have approximate squared distance ≥ that of the last candidate, so exact
      // ≥ that minus the error bound; nothing is below 0.
      const lastApprox = norms[i] - 2 * top.values[p * wanted + wanted - 1];
      if (wanted === n || radius === 0 || radius <= lastApprox - tolerance * (norms[i] + maxNorm)) radii[i] = radius;
      else unresolved.push(i);
    });
    pending = unresolved;
    wanted = Math.min(n, wanted * 4);
  }
  return radii;
}

function gatherRows(m: Matrix, rows: readonly number[]): Matrix {
  const d = m.dimension;
  const data = new Float32Array(rows.length * d);
  rows.forEach((r, t) => data.set(m.data.subarray(r * d, (r + 1) * d), t * d));
  return { rows: rows.length, dimension: d, data };
}

function checkK(k: unknown, real: number, synthetic: number): number {
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) {
    throw new InvalidArgumentError(`prdc needs k to be a positive integer, got ${String(k)}`);
  }
  if (k >= real || k >= synthetic) {
    throw new InvalidArgumentError(`prdc needs k below the number of rows on each side (a k-th nearest other row must exist), got k = ${k} with ${real} real and ${synthetic} synthetic rows`);
  }
  return k;
}

/**
 * Precision, recall, density and coverage of synthetic against real embeddings (Naeem, Oh, Uh,
 * Choi & Yoo 2020, "Reliable Fidelity and Diversity Metrics for Generative Models", ICML),
 * exactly as the authors' implementation clovaai/generative-evaluation-prdc (`compute_prdc`,
 * prdc 0.2): Euclidean distances; each row's ball has as radius the distance to its k-th
 * nearest neighbour within its own set, not counting itself; strict `<` when testing whether a
 * point is inside a ball.
 *
 * Distances come from ‖a‖² + ‖b‖² − 2a·b with the product a·b from onnxruntime (float32 Gemm on
 * rows centred on the pooled mean, in blocks of at most `budgetBytes`, default 256 MiB). Every
 * comparison that float32 rounding could decide wrongly (distance within a proven error bound
 * of the radius) and every radius is settled with the exact float64 distance, so the four
 * values equal those of clovaai's code run in float64 (checked against numpy 1.24 and
 * sklearn 1.2 `pairwise_distances` in scripts/reference/embedding_kernels.py).
 *
 * With `perRow: true` the result also holds the per-row values each of the four is the mean of
 * (per synthetic row: how many real balls hold it; per real row: recalled, covered), so that a
 * caller can bootstrap them without recomputing distances.
 *
 * @param real n × d embeddings, n > k
 * @param synthetic m × d embeddings, m > k
 * @example
 * await prdc([[0, 0], [1, 0], [0, 1], [1, 1]], [[0.1, 0], [5, 5], [0.9, 1]], { k: 1 })
 * // { precision: 0.666…, recall: 1, density: 1.333…, coverage: 1 }
 * // every radius is 1 (unit square); (5, 5) is in no real ball, but its own ball (radius 5.73)
 * // reaches (1, 1), and (0.1, 0) and (0.9, 1) each lie in two real balls
 * (await prdc([[0, 0], [1, 0], [0, 1], [1, 1]], [[0.1, 0], [5, 5], [0.9, 1]], { k: 1, perRow: true })).perRow
 * // { ballCounts: Int32Array [2, 0, 2], recalled: Uint8Array [1, 1, 1, 1], covered: Uint8Array [1, 1, 1, 1] }
 */
export async function prdc(real: MatrixLike, synthetic: MatrixLike, options: PrdcOptions = {}): Promise<Prdc> {
  const who = 'prdc';
  const r = toMatrix(real, who);
  const f = toMatrix(synthetic, who);
  if (r.dimension !== f.dimension) {
    throw new InvalidArgumentError(`prdc needs embeddings of the same dimension, got ${r.dimension} (real) and ${f.dimension} (synthetic)`);
  }
  const k = checkK(options.k ?? 5, r.rows, f.rows);
  const kernelOptions: KernelOptions = { budgetBytes: options.budgetBytes };
  const [rc, fc] = centerRows([r, f]);
  const realNorms = rowSquaredNorms(rc);
  const fakeNorms = rowSquaredNorms(fc);
  const realRadii = await kthNeighbourSquaredDistances(r, rc, realNorms, k, kernelOptions);
  const fakeRadii = await kthNeighbourSquaredDistances(f, fc, fakeNorms, k, kernelOptions);
  const realRadiusRoot = realRadii.map(Math.sqrt);
  const fakeRadiusRoot = fakeRadii.map(Math.sqrt);

  const n = r.rows;
  const m = f.rows;
  const tolerance = errorFactor(r.dimension);
  const ballsContaining = new Int32Array(m); // per synthetic row: real balls it is inside
  const covered = new Uint8Array(n); // per real row: its ball holds a synthetic row
  const recalled = new Uint8Array(n); // per real row: inside some synthetic ball

  await forEachProductBlock(
    rc,
    fc,
    (block) => {
      const cols = block.cols;
      for (let bi = 0; bi < block.rows; bi++) {
        const i = block.rowStart + bi;
        const ni = realNorms[i];
        const ri = realRadii[i];
        let inBall = 0;
        let inFakeBall = 0;
        for (let bj = 0; bj < cols; bj++) {
          const j = block.colStart + bj;
          const nj = fakeNorms[j];
          const approx = ni + nj - 2 * block.data[bi * cols + bj];
          const tol = tolerance * (ni + nj);
          const fj = fakeRadii[j];
          let exact = -1;
          // Inside real row i's ball?
          let inside: boolean;
          if (approx < ri - tol) inside = true;
          else if (approx > ri + tol) inside = false;
          else {
            exact = Math.sqrt(squaredDistance(r, i, f, j));
            inside = exact < realRadiusRoot[i];
          }
          if (inside) {
            ballsContaining[j]++;
            inBall = 1;
          }
          // Inside synthetic row j's ball?
          if (inFakeBall === 0) {
            if (approx < fj - tol) inFakeBall = 1;
            else if (approx <= fj + tol) {
              if (exact < 0) exact = Math.sqrt(squaredDistance(r, i, f, j));
              if (exact < fakeRadiusRoot[j]) inFakeBall = 1;
            }
          }
        }
        if (inBall) covered[i] = 1;
        if (inFakeBall) recalled[i] = 1;
      }
    },
    kernelOptions,
  );

  let precisionCount = 0;
  let densitySum = 0;
  for (let j = 0; j < m; j++) {
    if (ballsContaining[j] > 0) precisionCount++;
    densitySum += ballsContaining[j];
  }
  let recallCount = 0;
  let coverageCount = 0;
  for (let i = 0; i < n; i++) {
    recallCount += recalled[i];
    coverageCount += covered[i];
  }
  const result: Prdc = {
    precision: precisionCount / m,
    recall: recallCount / n,
    density: densitySum / (k * m),
    coverage: coverageCount / n,
  };
  if (options.perRow) result.perRow = { ballCounts: ballsContaining, recalled, covered };
  return result;
}
