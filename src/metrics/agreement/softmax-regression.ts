import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type MatrixLike } from '../../core/matrix.js';
import { dotTileKernel, TILE_COLS, TILE_ROWS, type DotTileInstance } from '../../stats/linalg/dot-tile-kernel.js';
import { minimizeLbfgs, type LbfgsObjective } from '../../stats/optimize/minimize-lbfgs.js';

export interface SoftmaxRegressionOptions {
  /** Number of classes K; default max(y) + 1. Classes must be coded 0 … K − 1. */
  classes?: number;
  /** Inverse L2 strength (sklearn's C); default 1. */
  C?: number;
  /** L-BFGS iterations at most; default 100 (sklearn's max_iter). */
  maxIter?: number;
  /** Stop when max |∇| of the summed objective ≤ tol; default 1e-4 (sklearn 1.2 hands its tol to L-BFGS-B as gtol). */
  tol?: number;
  /** Stop on a relative decrease ≤ ftol; default 2.220446049250313e-9 (scipy's L-BFGS-B default, factr 1e7). 0: gradient test only. */
  ftol?: number;
  /** Fit on these row indices only (cross-validation folds without copying); default all rows. */
  rows?: ArrayLike<number>;
  /** Start from this fit's parameters (warm start, e.g. each CV fold from the full fit); default 0. */
  start?: SoftmaxRegressionFit;
  /** 'auto' (default): the wasm SIMD dot kernel where available, else JavaScript; 'js' forces the latter. */
  kernel?: 'auto' | 'js';
}

export interface SoftmaxRegressionFit {
  classes: number;
  dimension: number;
  /** K × d weights, row-major (one row per class). */
  coef: Float64Array;
  /** K intercepts; they sum to 0 from a zero start (the loss is blind to a common shift). */
  intercept: Float64Array;
  iterations: number;
  converged: boolean;
  /** Final objective Σ cross-entropy + ‖W‖² / (2C). */
  loss: number;
}

/**
 * Multinomial (softmax) logistic regression with an L2 penalty, fitted in float64 by L-BFGS:
 * minimises
 *
 *   Σ_i [log Σ_k exp(z_ik) − z_i,y_i] + ‖W‖² / (2C),   z_ik = w_k·x_i + b_k,
 *
 * the objective of `sklearn.linear_model.LogisticRegression(multi_class='multinomial',
 * solver='lbfgs', C)` in scikit-learn 1.2 (K weight vectors, intercepts unpenalised). The
 * objective is strictly convex in W, so a fit run to a tight tolerance reaches sklearn's optimum;
 * fits stopped early by the default tolerances agree with sklearn's to about those tolerances.
 * Deterministic (fixed summation order, zero or given start).
 *
 * Each objective evaluation is two products, logits Z = X Wᵀ and gradient Rᵀ X (R: residuals
 * p − onehot(y)), run on the 4 × 2 f64x2 WebAssembly tile kernel of src/stats/linalg (the one
 * behind rowGram) where it is available, else in JavaScript; both are float64 and differ only in
 * summation order (≈ 1e-16 relative per dot product).
 *
 * @param x n × d features.
 * @param y n class codes 0 … K − 1.
 * @example
 * const fit = softmaxRegression([[0], [1], [2], [3], [4], [5]], [0, 0, 1, 1, 2, 2]);
 * fit.coef      // Float64Array [-0.953382…, 0.0000073…, 0.953375…]   (17 iterations)
 * fit.intercept // Float64Array [2.118641…, 0.529600…, -2.648241…]
 * // sklearn 1.2 at its optimum (newton-cg, tol 1e-12): coef [-0.953394…, 4e-12, 0.953394…],
 * // intercept [2.118672…, 0.529627…, -2.648299…]; the default tolerances stop 1e-5 short of it.
 */
export function softmaxRegression(x: MatrixLike, y: ArrayLike<number>, options: SoftmaxRegressionOptions = {}): SoftmaxRegressionFit {
  const who = 'softmaxRegression';
  const m = toMatrix(x, who);
  const C = options.C ?? 1;
  const maxIter = options.maxIter ?? 100;
  const tol = options.tol ?? 1e-4;
  const ftol = options.ftol ?? 2.220446049250313e-9;
  if (!(C > 0) || !Number.isFinite(C)) throw new InvalidArgumentError(`${who} needs C > 0, got ${C}`);
  if (!Number.isInteger(maxIter) || maxIter < 0) throw new InvalidArgumentError(`${who} needs a non-negative integer maxIter, got ${maxIter}`);
  if (!(tol >= 0) || !(ftol >= 0)) throw new InvalidArgumentError(`${who} needs tol ≥ 0 and ftol ≥ 0, got ${tol} and ${ftol}`);
  if (y.length !== m.rows) throw new InvalidArgumentError(`${who} needs one class per row, got ${m.rows} rows and ${y.length} classes`);
  let maxClass = -1;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (!Number.isInteger(v) || v < 0) throw new InvalidArgumentError(`${who} needs class codes 0, 1, 2, …, got ${v} at index ${i}`);
    if (v > maxClass) maxClass = v;
  }
  const K = options.classes ?? maxClass + 1;
  if (!Number.isInteger(K) || K < 2) throw new InvalidArgumentError(`${who} needs at least 2 classes, got ${K}`);
  if (maxClass >= K) throw new InvalidArgumentError(`${who} got class ${maxClass} with only ${K} classes`);
  const rows = selectRows(options.rows, m.rows, who);
  if (rows.length === 0) throw new InvalidArgumentError(`${who} needs at least one row to fit`);
  const d = m.dimension;
  let start: Float64Array | undefined;
  if (options.start) {
    const s = options.start;
    if (s.classes !== K || s.dimension !== d) {
      throw new InvalidArgumentError(`${who} needs a start fit with ${K} classes × ${d} dimensions, got ${s.classes} × ${s.dimension}`);
    }
    start = new Float64Array(K * (d + 1));
    start.set(s.coef);
    start.set(s.intercept, K * d);
  }
  const kernel = (options.kernel ?? 'auto') === 'auto' ? dotTileKernel() : null;
  let objective: LbfgsObjective | null = null;
  if (kernel) {
    try {
      objective = wasmObjective(kernel, m.data, d, K, rows, y, 1 / C);
    } catch (error) {
      // wasm memory is capped (4 GiB, often less): a very large fit runs in JavaScript instead.
      if (!(error instanceof RangeError)) throw error;
    }
  }
  objective ??= jsObjective(m.data, d, K, rows, y, 1 / C);
  const result = minimizeLbfgs(objective, K * (d + 1), { maxIter, gtol: tol, ftol, start });
  return {
    classes: K,
    dimension: d,
    coef: result.theta.slice(0, K * d),
    intercept: result.theta.slice(K * d),
    iterations: result.iterations,
    converged: result.converged,
    loss: result.f,
  };
}

function selectRows(rows: ArrayLike<number> | undefined, n: number, who: string): Int32Array {
  if (rows === undefined) return Int32Array.from({ length: n }, (_, i) => i);
  const out = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (!Number.isInteger(r) || r < 0 || r >= n) throw new InvalidArgumentError(`${who} got row index ${r} outside 0…${n - 1}`);
    out[k] = r;
  }
  return out;
}

/**
 * The objective over the fitted rows, packed once into a contiguous float64 block (so each
 * evaluation streams through memory and converts nothing). Rows go in pairs: each weight loaded
 * serves two dot products, and each gradient entry takes both rows' terms in one update, which
 * about halves the memory traffic of the JavaScript loops. The sums keep a fixed order.
 */
function jsObjective(data: Float32Array, d: number, K: number, rows: Int32Array, y: ArrayLike<number>, alpha: number) {
  const n = rows.length;
  // One zero row of padding makes the pair loop uniform for odd n (its residuals are set to 0).
  const x = new Float64Array((n + 1) * d);
  const yy = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) {
    x.set(data.subarray(rows[r] * d, rows[r] * d + d), r * d);
    yy[r] = y[rows[r]];
  }
  const residuals = softmaxResiduals(K);
  const za = new Float64Array(K);
  const zb = new Float64Array(K);
  const ra = new Float64Array(K);
  const rb = new Float64Array(K);
  const bOffset = K * d;
  return (theta: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    for (let r = 0; r < n; r += 2) {
      const oa = r * d;
      const ob = oa + d;
      for (let k = 0; k < K; k++) {
        const w = k * d;
        let a0 = 0, a1 = 0, b0 = 0, b1 = 0;
        let j = 0;
        for (; j + 2 <= d; j += 2) {
          const t0 = theta[w + j];
          const t1 = theta[w + j + 1];
          a0 += t0 * x[oa + j];
          a1 += t1 * x[oa + j + 1];
          b0 += t0 * x[ob + j];
          b1 += t1 * x[ob + j + 1];
        }
        if (j < d) {
          a0 += theta[w + j] * x[oa + j];
          b0 += theta[w + j] * x[ob + j];
        }
        za[k] = theta[bOffset + k] + (a0 + a1);
        zb[k] = theta[bOffset + k] + (b0 + b1);
      }
      loss += residuals(za, yy[r], ra);
      if (r + 1 < n) loss += residuals(zb, yy[r + 1], rb);
      else rb.fill(0);
      for (let k = 0; k < K; k++) {
        const ca = ra[k];
        const cb = rb[k];
        grad[bOffset + k] += ca + cb;
        const w = k * d;
        for (let j = 0; j < d; j++) grad[w + j] += ca * x[oa + j] + cb * x[ob + j];
      }
    }
    return loss + penalty(theta, grad, bOffset, alpha);
  };
}

/** Adds α·W to the weight gradient and returns ‖W‖² α / 2 (the intercepts, after the K·d weights, are not penalised). */
function penalty(theta: Float64Array, grad: Float64Array, weights: number, alpha: number): number {
  let norm2 = 0;
  for (let i = 0; i < weights; i++) {
    norm2 += theta[i] * theta[i];
    grad[i] += alpha * theta[i];
  }
  return 0.5 * alpha * norm2;
}

/**
 * softmax(z) − onehot(y) written into `residual`; returns −log p_y, as
 * log Σ exp(z_k − zMax) − (z_y − zMax), finite even when p_y underflows.
 */
function softmaxResiduals(K: number) {
  return (z: Float64Array, yi: number, residual: Float64Array): number => {
    let zMax = -Infinity;
    for (let k = 0; k < K; k++) if (z[k] > zMax) zMax = z[k];
    let sum = 0;
    for (let k = 0; k < K; k++) {
      residual[k] = Math.exp(z[k] - zMax);
      sum += residual[k];
    }
    for (let k = 0; k < K; k++) residual[k] = residual[k] / sum - (k === yi ? 1 : 0);
    return Math.log(sum) - (z[yi] - zMax);
  };
}

/** Columns of the gradient product per kernel call: 6 segments of 1024 doubles stay in L1/L2 (as rowGram). */
const BLOCK = 1024;

/**
 * The objective on the wasm tile kernel. Its memory holds, as float64 with zero padding to whole
 * tiles and f64x2 lanes: X (rows × d) and W (K × d) at one stride for Z = X Wᵀ, and Xᵀ (d × rows)
 * and Rᵀ (K × rows) at another for the gradient Rᵀ X. Padding rows of X give logits that are
 * never read; padding columns of Rᵀ stay zero, so they add nothing.
 */
function wasmObjective(kernel: (memoryBytes: number) => DotTileInstance, data: Float32Array, d: number, K: number, rows: Int32Array, y: ArrayLike<number>, alpha: number): LbfgsObjective {
  const n = rows.length;
  const dPad = d + (d % 2);
  const nPad = Math.ceil(n / TILE_ROWS) * TILE_ROWS;
  const kPad = Math.ceil(K / TILE_COLS) * TILE_COLS;
  const dRows = Math.ceil(d / TILE_ROWS) * TILE_ROWS;
  const tileSize = TILE_ROWS * TILE_COLS;
  const xAt = tileSize;
  const wAt = xAt + nPad * dPad;
  const xtAt = wAt + kPad * dPad;
  const rtAt = xtAt + dRows * nPad;
  const { tile, heap } = kernel(8 * (rtAt + kPad * nPad));
  const out = heap.subarray(0, tileSize);
  const yy = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const o = rows[r] * d;
    for (let j = 0; j < d; j++) {
      heap[xAt + r * dPad + j] = data[o + j];
      heap[xtAt + j * nPad + r] = data[o + j];
    }
    yy[r] = y[rows[r]];
  }
  const residuals = softmaxResiduals(K);
  const z = new Float64Array(K);
  const residual = new Float64Array(K);
  const logits = new Float64Array(TILE_ROWS * kPad);
  const g = new Float64Array(dRows * kPad);
  const bOffset = K * d;
  return (theta, grad) => {
    for (let k = 0; k < K; k++) heap.set(theta.subarray(k * d, (k + 1) * d), wAt + k * dPad);
    let loss = 0;
    grad.fill(0);
    for (let i = 0; i < nPad; i += TILE_ROWS) {
      const pa = 8 * (xAt + i * dPad);
      for (let c = 0; c < kPad; c += TILE_COLS) {
        tile(pa, 8 * (wAt + c * dPad), 8 * dPad, 8 * dPad, 0);
        for (let r = 0; r < TILE_ROWS; r++) for (let t = 0; t < TILE_COLS; t++) logits[r * kPad + c + t] = out[r * TILE_COLS + t];
      }
      for (let r = 0; r < TILE_ROWS && i + r < n; r++) {
        for (let k = 0; k < K; k++) z[k] = theta[bOffset + k] + logits[r * kPad + k];
        loss += residuals(z, yy[i + r], residual);
        for (let k = 0; k < K; k++) {
          heap[rtAt + k * nPad + i + r] = residual[k];
          grad[bOffset + k] += residual[k];
        }
      }
    }
    g.fill(0);
    for (let k0 = 0; k0 < nPad; k0 += BLOCK) {
      const lenBytes = 8 * Math.min(BLOCK, nPad - k0);
      for (let j = 0; j < dRows; j += TILE_ROWS) {
        const pa = 8 * (xtAt + j * nPad + k0);
        for (let c = 0; c < kPad; c += TILE_COLS) {
          tile(pa, 8 * (rtAt + c * nPad + k0), 8 * nPad, lenBytes, 0);
          for (let r = 0; r < TILE_ROWS; r++) for (let t = 0; t < TILE_COLS; t++) g[(j + r) * kPad + c + t] += out[r * TILE_COLS + t];
        }
      }
    }
    for (let k = 0; k < K; k++) for (let j = 0; j < d; j++) grad[k * d + j] = g[j * kPad + k];
    return loss + penalty(theta, grad, bOffset, alpha);
  };
}
