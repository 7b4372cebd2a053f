/**
 * f(θ), writing ∇f(θ) into `grad`. The minimiser calls it with its own buffers.
 */
export type LbfgsObjective = (theta: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  /** Iterations at most. */
  maxIter: number;
  /** Stop when max |∇f| ≤ gtol. */
  gtol: number;
  /** Stop when the relative decrease (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ ftol. */
  ftol: number;
  /** Starting point (copied); default 0. */
  start?: Float64Array;
}

export interface LbfgsResult {
  theta: Float64Array;
  f: number;
  iterations: number;
  /** A tolerance was met (false: maxIter reached, or the line search found no decrease). */
  converged: boolean;
}

/** Correction pairs kept (scipy's maxcor default). */
const MEMORY = 10;
/** Line-search trials per iteration (scipy's maxls default). */
const MAX_LINE_SEARCH = 20;
/** Sufficient-decrease constant of the Armijo condition (Nocedal & Wright's usual 1e-4). */
const ARMIJO = 1e-4;

/**
 * Limited-memory BFGS for a smooth convex objective: the two-loop recursion of Nocedal & Wright,
 * Numerical Optimization (2nd ed., 2006), algorithm 7.4, with the initial Hessian scaling γ = sᵀy / yᵀy
 * (their eq. 7.20), a unit-length first step along −∇f (as scipy's L-BFGS-B), and a backtracking
 * Armijo line search with safeguarded quadratic interpolation. Deterministic: no randomness, and
 * every sum runs in a fixed order in float64.
 *
 * @example
 * // f(x, y) = (x − 1)² + 10 (y + 2)²
 * minimizeLbfgs((t, g) => { g[0] = 2 * (t[0] - 1); g[1] = 20 * (t[1] + 2); return (t[0] - 1) ** 2 + 10 * (t[1] + 2) ** 2; },
 *   2, { maxIter: 100, gtol: 1e-10, ftol: 0 })
 * // { theta: Float64Array [1.0000000000135…, -1.9999999999998…], iterations: 7, converged: true, … }
 */
export function minimizeLbfgs(f: LbfgsObjective, size: number, options: LbfgsOptions): LbfgsResult {
  const { maxIter, gtol, ftol } = options;
  let theta = options.start ? Float64Array.from(options.start) : new Float64Array(size);
  let grad = new Float64Array(size);
  let fx = f(theta, grad);
  let next = new Float64Array(size);
  let nextGrad = new Float64Array(size);
  const dir = new Float64Array(size);
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const rhoList: number[] = [];
  const alphas = new Float64Array(MEMORY);
  if (maxAbs(grad) <= gtol) return { theta, f: fx, iterations: 0, converged: true };

  for (let iter = 1; iter <= maxIter; iter++) {
    for (let i = 0; i < size; i++) dir[i] = -grad[i];
    const pairs = sList.length;
    for (let k = pairs - 1; k >= 0; k--) {
      const a = rhoList[k] * dot(sList[k], dir);
      alphas[k] = a;
      axpy(-a, yList[k], dir);
    }
    let step = 1;
    if (pairs > 0) {
      const y = yList[pairs - 1];
      const gamma = 1 / (rhoList[pairs - 1] * dot(y, y));
      for (let i = 0; i < size; i++) dir[i] *= gamma;
    } else {
      step = 1 / Math.sqrt(dot(grad, grad));
    }
    for (let k = 0; k < pairs; k++) {
      const b = rhoList[k] * dot(yList[k], dir);
      axpy(alphas[k] - b, sList[k], dir);
    }

    const slope = dot(grad, dir);
    if (!(slope < 0)) return { theta, f: fx, iterations: iter - 1, converged: false };
    let fNext = Number.NaN;
    let accepted = false;
    for (let trial = 0; trial < MAX_LINE_SEARCH; trial++) {
      for (let i = 0; i < size; i++) next[i] = theta[i] + step * dir[i];
      fNext = f(next, nextGrad);
      if (fNext <= fx + ARMIJO * step * slope) {
        accepted = true;
        break;
      }
      // Minimiser of the quadratic through f(0), f'(0) and f(step), kept within [0.1, 0.5]·step.
      const q = (-slope * step * step) / (2 * (fNext - fx - slope * step));
      step = Number.isFinite(q) ? Math.min(Math.max(q, 0.1 * step), 0.5 * step) : 0.5 * step;
    }
    if (!accepted) return { theta, f: fx, iterations: iter, converged: false };

    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      s[i] = next[i] - theta[i];
      y[i] = nextGrad[i] - grad[i];
    }
    const sy = dot(s, y);
    // Convexity gives sᵀy ≥ 0; a pair with sᵀy ≈ 0 would blow up ρ, so it is skipped.
    if (sy > 1e-10 * dot(y, y)) {
      if (sList.length === MEMORY) {
        sList.shift();
        yList.shift();
        rhoList.shift();
      }
      sList.push(s);
      yList.push(y);
      rhoList.push(1 / sy);
    }
    const decrease = (fx - fNext) / Math.max(Math.abs(fx), Math.abs(fNext), 1);
    [theta, next] = [next, theta];
    [grad, nextGrad] = [nextGrad, grad];
    fx = fNext;
    if (maxAbs(grad) <= gtol || decrease <= ftol) return { theta, f: fx, iterations: iter, converged: true };
  }
  return { theta, f: fx, iterations: maxIter, converged: false };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += a * x[i];
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}
