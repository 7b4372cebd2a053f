import { InvalidArgumentError, SynthscopeError } from '../../core/errors.js';

/** Eigenvalues in ascending order and, when asked for, the matching orthonormal eigenvectors. */
export interface SymmetricEigen {
  /** Ascending, length n. */
  values: Float64Array;
  /**
   * n × n row-major, eigenvector j in column j (the layout of numpy.linalg.eigh), so that
   * A = V diag(values) Vᵀ. Null when `vectors: false` was asked.
   */
  vectors: Float64Array | null;
}

export interface SymmetricEigenOptions {
  /** Compute eigenvectors too (default true). Eigenvalues alone cost about a fifth as much. */
  vectors?: boolean;
}

/**
 * Eigendecomposition of a real symmetric matrix in float64: Householder reduction to
 * tridiagonal form, then implicit symmetric QR steps with Wilkinson shifts and deflation
 * (Golub & Van Loan, Matrix Computations, 4th ed., algorithms 8.3.1 and 8.3.3). Backward
 * stable: eigenvalues are accurate to about n·ε·‖A‖, as LAPACK dsyevd (numpy.linalg.eigh).
 *
 * Only the lower triangle is read as the matrix (the upper is assumed to mirror it); `a` is not
 * modified.
 *
 * @param a n × n row-major symmetric matrix.
 * @param n its order.
 * @example
 * symmetricEigen(Float64Array.of(2, 1, 1, 2), 2)
 * // { values: Float64Array [0.9999999999999998, 2.999999999999999],
 * //   vectors: Float64Array [-0.7071…, 0.7071…, 0.7071…, 0.7071…] }
 */
export function symmetricEigen(a: Float64Array, n: number, options: SymmetricEigenOptions = {}): SymmetricEigen {
  if (!Number.isInteger(n) || n < 0 || a.length !== n * n) {
    throw new InvalidArgumentError(`symmetricEigen needs an n × n array, got length ${a.length} for n = ${n}`);
  }
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i])) throw new InvalidArgumentError(`symmetricEigen refuses NaN or infinite entries (index ${i})`);
  }
  const wantVectors = options.vectors ?? true;
  const diag = new Float64Array(n);
  const off = new Float64Array(Math.max(n - 1, 0));
  // Rows of w become the eigenvectors; w starts as Qᵀ of the reduction A = Q T Qᵀ.
  const w = tridiagonalize(a, n, diag, off, wantVectors);
  tridiagonalQr(diag, off, n, w);
  return sortAscending(diag, w, n);
}

/**
 * Householder reduction: fills the diagonal and sub-diagonal of T = Qᵀ A Q and returns Qᵀ
 * (row-major), or null when vectors are not wanted.
 */
function tridiagonalize(a: Float64Array, n: number, diag: Float64Array, off: Float64Array, wantVectors: boolean): Float64Array | null {
  // Only the lower triangle is read and updated: half the work of full symmetric updates.
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m.set(a.subarray(i * n, i * n + i + 1), i * n);
  // Householder vectors, v_k stored in row k over columns k+1..n-1, with their β.
  const vs = wantVectors ? new Float64Array(n * n) : null;
  const betas = new Float64Array(n);
  const v = new Float64Array(n);
  const p = new Float64Array(n);

  for (let k = 0; k + 2 < n; k++) {
    const s = k + 1; // the reflector acts on indices s..n-1
    // x = column k below the diagonal.
    let scale = 0;
    for (let i = s; i < n; i++) scale = Math.max(scale, Math.abs(m[i * n + k]));
    diag[k] = m[k * n + k];
    if (scale === 0) {
      off[k] = 0;
      betas[k] = 0;
      continue;
    }
    let tail = 0;
    for (let i = s + 1; i < n; i++) {
      const t = m[i * n + k] / scale;
      tail += t * t;
    }
    const x0 = m[s * n + k] / scale;
    if (tail === 0) {
      // Already tridiagonal in this column: H = I.
      off[k] = m[s * n + k];
      betas[k] = 0;
      continue;
    }
    const norm = Math.sqrt(x0 * x0 + tail);
    const alpha = x0 >= 0 ? -norm : norm;
    // v = x/scale − α e1; β = 2 / vᵀv.
    v[s] = x0 - alpha;
    for (let i = s + 1; i < n; i++) v[i] = m[i * n + k] / scale;
    const vtv = v[s] * v[s] + tail;
    const beta = 2 / vtv;
    off[k] = alpha * scale;
    betas[k] = beta;
    if (vs) for (let i = s; i < n; i++) vs[k * n + i] = v[i];

    // Two-sided update of the trailing block B = m[s.., s..]: B ← H B H with H = I − β v vᵀ,
    // written as B − v wᵀ − w vᵀ with p = β B v and w = p − (β pᵀv / 2) v. B v from the lower
    // triangle: each stored m_ij (j < i) contributes to p_i and p_j.
    p.fill(0, s, n);
    for (let i = s; i < n; i++) {
      const row = i * n;
      const vi = v[i];
      let acc = m[row + i] * vi;
      for (let j = s; j < i; j++) {
        const mij = m[row + j];
        acc += mij * v[j];
        p[j] += mij * vi;
      }
      p[i] += acc;
    }
    let pv = 0;
    for (let i = s; i < n; i++) {
      p[i] *= beta;
      pv += p[i] * v[i];
    }
    const half = (beta * pv) / 2;
    for (let i = s; i < n; i++) p[i] -= half * v[i];
    for (let i = s; i < n; i++) {
      const row = i * n;
      const vi = v[i];
      const wi = p[i];
      for (let j = s; j <= i; j++) m[row + j] -= vi * p[j] + wi * v[j];
    }
  }
  if (n >= 2) {
    diag[n - 2] = m[(n - 2) * n + (n - 2)];
    off[n - 2] = m[(n - 1) * n + (n - 2)];
  }
  if (n >= 1) diag[n - 1] = m[(n - 1) * n + (n - 1)];
  if (!vs) return null;

  // Q = H_0 H_1 … H_{n-3}, accumulated backwards so each step touches only its trailing block.
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  const u = new Float64Array(n);
  for (let k = n - 3; k >= 0; k--) {
    const beta = betas[k];
    if (beta === 0) continue;
    const s = k + 1;
    const vrow = k * n;
    // u = vᵀ Q_sub (a combination of rows), then Q_sub −= β v uᵀ.
    u.fill(0, s, n);
    for (let i = s; i < n; i++) {
      const vi = vs[vrow + i];
      if (vi === 0) continue;
      const row = i * n;
      for (let j = s; j < n; j++) u[j] += vi * q[row + j];
    }
    for (let i = s; i < n; i++) {
      const f = beta * vs[vrow + i];
      if (f === 0) continue;
      const row = i * n;
      for (let j = s; j < n; j++) q[row + j] -= f * u[j];
    }
  }
  // Return Qᵀ: rotations of the QR phase then act on its contiguous rows.
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const t = q[i * n + j];
      q[i * n + j] = q[j * n + i];
      q[j * n + i] = t;
    }
  }
  return q;
}

/**
 * Implicit symmetric tridiagonal QR with Wilkinson shifts. On return `diag` holds the
 * eigenvalues (unsorted) and, when given, the rows of `w` have been rotated into eigenvectors.
 */
function tridiagonalQr(diag: Float64Array, off: Float64Array, n: number, w: Float64Array | null): void {
  const eps = Number.EPSILON;
  const maxSweeps = 50 * Math.max(n, 1);
  let sweeps = 0;
  let hi = n - 1;
  while (hi > 0) {
    // Deflate negligible couplings.
    for (let i = 0; i < hi; i++) {
      if (Math.abs(off[i]) <= eps * (Math.abs(diag[i]) + Math.abs(diag[i + 1]))) off[i] = 0;
    }
    if (off[hi - 1] === 0) {
      hi--;
      continue;
    }
    let lo = hi - 1;
    while (lo > 0 && off[lo - 1] !== 0) lo--;
    if (++sweeps > maxSweeps) {
      throw new SynthscopeError('RUNTIME', `symmetricEigen did not converge after ${maxSweeps} QR sweeps (n = ${n})`);
    }
    // Wilkinson shift: the eigenvalue of the trailing 2 × 2 block closer to its last entry.
    const a = diag[hi - 1];
    const c = diag[hi];
    const b = off[hi - 1];
    const delta = (a - c) / 2;
    const r0 = Math.hypot(delta, b);
    const mu = c - (b * b) / (delta + (delta >= 0 ? r0 : -r0));
    let x = diag[lo] - mu;
    let z = off[lo];
    for (let k = lo; k < hi; k++) {
      // Givens rotation G = [[c, s], [−s, c]] with G [x; z] = [r; 0]; T ← G T Gᵀ on rows k, k+1.
      const r = Math.hypot(x, z);
      const cs = r === 0 ? 1 : x / r;
      const sn = r === 0 ? 0 : z / r;
      if (k > lo) off[k - 1] = r;
      const dk = diag[k];
      const ek = off[k];
      const dk1 = diag[k + 1];
      diag[k] = cs * cs * dk + 2 * cs * sn * ek + sn * sn * dk1;
      diag[k + 1] = sn * sn * dk - 2 * cs * sn * ek + cs * cs * dk1;
      off[k] = cs * sn * (dk1 - dk) + (cs * cs - sn * sn) * ek;
      if (k + 1 < hi) {
        z = sn * off[k + 1];
        off[k + 1] = cs * off[k + 1];
      }
      x = off[k];
      if (w) {
        const r1 = k * n;
        const r2 = r1 + n;
        for (let j = 0; j < n; j++) {
          const p = w[r1 + j];
          const q = w[r2 + j];
          w[r1 + j] = cs * p + sn * q;
          w[r2 + j] = cs * q - sn * p;
        }
      }
    }
  }
}

function sortAscending(diag: Float64Array, w: Float64Array | null, n: number): SymmetricEigen {
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => diag[i] - diag[j]);
  const values = new Float64Array(n);
  for (let k = 0; k < n; k++) values[k] = diag[order[k]];
  if (!w) return { values, vectors: null };
  // Row order[k] of w is eigenvector k; lay it out as column k.
  const vectors = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const src = order[k] * n;
    for (let i = 0; i < n; i++) vectors[i * n + k] = w[src + i];
  }
  return { values, vectors };
}
