import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type MatrixLike } from '../../core/matrix.js';
import { minimizeLbfgs, type LbfgsObjective } from '../optimize/minimize-lbfgs.js';

export interface LogisticRegressionOptions {
  /** Inverse L2 regularisation strength (sklearn's C); default 1. */
  C?: number;
  /** Maximum L-BFGS iterations; default 100 (sklearn's max_iter). */
  maxIter?: number;
  /**
   * Stop when max |gradient| of the summed objective is ≤ tol; default 1e-4 (sklearn's tol,
   * which scikit-learn 1.2 hands to L-BFGS-B as pgtol on that same objective).
   */
  tol?: number;
  /**
   * Stop when the relative decrease (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) is ≤ ftol; default
   * 2.220446049250313e-9, scipy's L-BFGS-B default (factr 1e7 × machine epsilon). Set 0 to run to
   * the gradient tolerance alone.
   */
  ftol?: number;
  /** Fit an unpenalised intercept; default true. */
  fitIntercept?: boolean;
  /** Fit on these row indices only (cross-validation without copying the data); default all. */
  rows?: ArrayLike<number>;
}

export interface LogisticRegressionFit {
  /** Weights, length d. */
  coef: Float64Array;
  intercept: number;
  /** L-BFGS iterations taken. */
  iterations: number;
  /** True when a tolerance was met (false: maxIter reached or the line search stalled). */
  converged: boolean;
  /** Final objective Σ log-loss + ‖w‖² / (2C). */
  loss: number;
}


/**
 * Binary L2-regularised logistic regression fitted by L-BFGS in float64: minimises
 *
 *   Σ_i [log(1 + exp(z_i)) − y_i z_i] + ‖w‖² / (2C),   z_i = x_i·w + b,
 *
 * the objective of sklearn.linear_model.LogisticRegression(penalty='l2', solver='lbfgs') in
 * scikit-learn 1.2 (the intercept is not penalised). The objective is strictly convex, so any
 * solver that converges reaches sklearn's optimum; the path differs (limited-memory BFGS with a
 * backtracking Armijo line search here, L-BFGS-B with the Moré–Thuente search in scipy), so fits
 * stopped early by maxIter or the tolerances agree with sklearn only to about those tolerances.
 *
 * @param x n × d features.
 * @param y n labels, 0/1 or false/true (1/true is the positive class).
 * @example
 * logisticRegression([[0], [1], [2], [3]], [0, 0, 1, 1])
 * // { coef: Float64Array [0.95826546…], intercept: -1.43738172…, iterations: 7, converged: true, loss: 1.84940846… }
 * // (sklearn 1.2 LogisticRegression(): coef 0.95826546…, intercept -1.43738172…)
 */
export function logisticRegression(x: MatrixLike, y: ArrayLike<number | boolean>, options: LogisticRegressionOptions = {}): LogisticRegressionFit {
  const m = toMatrix(x, 'logisticRegression');
  const C = options.C ?? 1;
  const maxIter = options.maxIter ?? 100;
  const tol = options.tol ?? 1e-4;
  const ftol = options.ftol ?? 2.220446049250313e-9;
  const fitIntercept = options.fitIntercept ?? true;
  if (!(C > 0) || !Number.isFinite(C)) throw new InvalidArgumentError(`logisticRegression needs C > 0, got ${C}`);
  if (!Number.isInteger(maxIter) || maxIter < 0) throw new InvalidArgumentError(`logisticRegression needs a non-negative integer maxIter, got ${maxIter}`);
  if (!(tol >= 0) || !(ftol >= 0)) throw new InvalidArgumentError(`logisticRegression needs tol ≥ 0 and ftol ≥ 0, got ${tol} and ${ftol}`);
  if (y.length !== m.rows) throw new InvalidArgumentError(`logisticRegression needs one label per row, got ${m.rows} rows and ${y.length} labels`);
  const labels = new Uint8Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    const v = y[i];
    if (v === 1 || v === true) labels[i] = 1;
    else if (v !== 0 && v !== false) throw new InvalidArgumentError(`logisticRegression needs labels 0/1 or false/true, got ${String(v)} at index ${i}`);
  }
  const rows = selectRows(options.rows, m.rows);
  let positives = 0;
  for (let k = 0; k < rows.length; k++) positives += labels[rows[k]];
  if (positives === 0 || positives === rows.length) {
    throw new InvalidArgumentError(`logisticRegression needs both classes among the fitted rows, got ${rows.length} rows all labelled ${positives === 0 ? 0 : 1}`);
  }

  const d = m.dimension;
  const objective = makeObjective(m.data, d, rows, labels, 1 / C, fitIntercept);
  const result = minimizeLbfgs(objective, d + 1, { maxIter, gtol: tol, ftol });
  return {
    coef: result.theta.slice(0, d),
    intercept: result.theta[d],
    iterations: result.iterations,
    converged: result.converged,
    loss: result.f,
  };
}

function selectRows(rows: ArrayLike<number> | undefined, n: number): Int32Array {
  if (rows === undefined) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  const out = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (!Number.isInteger(r) || r < 0 || r >= n) throw new InvalidArgumentError(`logisticRegression got row index ${r} outside 0…${n - 1}`);
    out[k] = r;
  }
  return out;
}

/** f(θ) and its gradient (written into `grad`), θ = [w, b]. */
type Objective = LbfgsObjective;

function makeObjective(data: Float32Array, d: number, rows: Int32Array, labels: Uint8Array, alpha: number, fitIntercept: boolean): Objective {
  return (theta, grad) => {
    grad.fill(0);
    const b = fitIntercept ? theta[d] : 0;
    let loss = 0;
    let gradB = 0;
    // One pass per row: the row is still in L1 when its residual is added to the gradient.
    for (let k = 0; k < rows.length; k++) {
      const o = rows[k] * d;
      let z0 = 0, z1 = 0, z2 = 0, z3 = 0;
      let j = 0;
      for (; j + 4 <= d; j += 4) {
        z0 += data[o + j] * theta[j];
        z1 += data[o + j + 1] * theta[j + 1];
        z2 += data[o + j + 2] * theta[j + 2];
        z3 += data[o + j + 3] * theta[j + 3];
      }
      for (; j < d; j++) z0 += data[o + j] * theta[j];
      const z = b + (z0 + z1) + (z2 + z3);
      const yk = labels[rows[k]];
      // log(1 + e^z) − y z and σ(z) − y, without overflow for large |z|.
      let p: number;
      if (z >= 0) {
        const e = Math.exp(-z);
        loss += z + Math.log1p(e) - yk * z;
        p = 1 / (1 + e);
      } else {
        const e = Math.exp(z);
        loss += Math.log1p(e) - yk * z;
        p = e / (1 + e);
      }
      const r = p - yk;
      gradB += r;
      j = 0;
      for (; j + 4 <= d; j += 4) {
        grad[j] += r * data[o + j];
        grad[j + 1] += r * data[o + j + 1];
        grad[j + 2] += r * data[o + j + 2];
        grad[j + 3] += r * data[o + j + 3];
      }
      for (; j < d; j++) grad[j] += r * data[o + j];
    }
    let norm2 = 0;
    for (let j = 0; j < d; j++) {
      norm2 += theta[j] * theta[j];
      grad[j] += alpha * theta[j];
    }
    grad[d] = fitIntercept ? gradB : 0;
    return loss + 0.5 * alpha * norm2;
  };
}

