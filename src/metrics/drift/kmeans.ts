import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type MatrixLike } from '../../core/matrix.js';
import type { Rng } from '../../core/rng.js';
import { nearestCentroid } from './nearest-centroid.js';

export interface KmeansOptions {
  k: number;
  /** Seeded generator for the k-means++ seeding (not needed when `init` is given). */
  rng?: Rng;
  /** Lloyd iterations at most; default 100. */
  maxIter?: number;
  /** Starting centroids (k × d) instead of k-means++. */
  init?: MatrixLike;
}

export interface Kmeans {
  k: number;
  /** k × d row-major float64: the mean of each cluster's rows. */
  centroids: Float64Array;
  /** Cluster of each row: its nearest centroid. */
  labels: Int32Array;
  /** Σ squared distance of each row to its centroid. */
  inertia: number;
  iterations: number;
  /** True when an assignment repeated (a fixed point of Lloyd's algorithm) before maxIter. */
  converged: boolean;
}

/**
 * k-means clustering: k-means++ seeding (Arthur & Vassilvitskii 2007: the first centre uniform,
 * each next one drawn with probability ∝ its squared distance to the nearest chosen centre), then
 * Lloyd's iterations (assign each row to the nearest centroid, move each centroid to its rows'
 * mean) until the assignment stops changing, as scikit-learn's KMeans(algorithm='lloyd', tol=0)
 * does from the same starting centroids (matched to 1e-12 in the tests; scikit-learn 1.2). A
 * cluster left empty is given the row farthest from its centroid (scikit-learn relocates
 * similarly). All arithmetic is float64. The seeding is the plain k-means++ rule, not
 * scikit-learn's greedy variant (2 + ln k candidates per step), so seeded runs differ from sklearn's.
 *
 * @example
 * kmeans([[0], [0.5], [10], [10.5]], { k: 2, rng: createRng(1) })
 * // { k: 2, centroids: [10.25, 0.25] (order depends on the seed), labels: [1, 1, 0, 0], inertia: 0.25, iterations: 1, converged: true }
 */
export function kmeans(x: MatrixLike, options: KmeansOptions): Kmeans {
  const m = toMatrix(x, 'kmeans');
  const { k } = options;
  const maxIter = options.maxIter ?? 100;
  const n = m.rows;
  const d = m.dimension;
  if (!Number.isInteger(k) || k < 1) throw new InvalidArgumentError(`kmeans needs an integer k ≥ 1, got ${k}`);
  if (n < k) throw new InvalidArgumentError(`kmeans needs at least k = ${k} rows, got ${n}`);
  if (!Number.isInteger(maxIter) || maxIter < 1) throw new InvalidArgumentError(`kmeans needs an integer maxIter ≥ 1, got ${maxIter}`);
  let centroids: Float64Array;
  if (options.init !== undefined) {
    const init = toMatrix(options.init, 'kmeans');
    if (init.rows !== k || init.dimension !== d) {
      throw new InvalidArgumentError(`kmeans needs init of ${k} × ${d}, got ${init.rows} × ${init.dimension}`);
    }
    centroids = Float64Array.from(init.data);
  } else {
    if (!options.rng) throw new InvalidArgumentError('kmeans needs an rng for the k-means++ seeding (or init centroids)');
    centroids = seedPlusPlus(m.data, n, d, k, options.rng);
  }

  let labels = nearestCentroid(m, centroids, k).labels;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIter) {
    centroids = means(m.data, n, d, k, labels, centroids);
    iterations++;
    const next = nearestCentroid(m, centroids, k).labels;
    let same = true;
    for (let i = 0; i < n && same; i++) same = next[i] === labels[i];
    labels = next;
    if (same) {
      converged = true;
      break;
    }
  }
  const final = nearestCentroid(m, centroids, k);
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += final.distances[i];
  return { k, centroids, labels: final.labels, inertia, iterations, converged };
}

function seedPlusPlus(data: ArrayLike<number>, n: number, d: number, k: number, rng: Rng): Float64Array {
  const centroids = new Float64Array(k * d);
  const closest = new Float64Array(n).fill(Infinity);
  let chosen = rng.int(n);
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < d; j++) centroids[c * d + j] = data[chosen * d + j];
    if (c === k - 1) break;
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = data[i * d + j] - centroids[c * d + j];
        s += diff * diff;
      }
      if (s < closest[i]) closest[i] = s;
      total += closest[i];
    }
    if (!(total > 0)) {
      // Every row coincides with a chosen centre: any row will do.
      chosen = rng.int(n);
      continue;
    }
    const target = rng.next() * total;
    let acc = 0;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      acc += closest[i];
      if (acc > target && closest[i] > 0) {
        chosen = i;
        break;
      }
    }
  }
  return centroids;
}

/** Each cluster's mean; an empty cluster takes the row farthest from its current centroid. */
function means(data: ArrayLike<number>, n: number, d: number, k: number, labels: Int32Array, previous: Float64Array): Float64Array {
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    counts[c]++;
    for (let j = 0; j < d; j++) sums[c * d + j] += data[i * d + j];
  }
  const moved = new Set<number>();
  for (let c = 0; c < k; c++) {
    if (counts[c] > 0) continue;
    let far = -1;
    let farDistance = -1;
    for (let i = 0; i < n; i++) {
      if (moved.has(i) || counts[labels[i]] < 2) continue;
      const o = labels[i] * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = data[i * d + j] - previous[o + j];
        s += diff * diff;
      }
      if (s > farDistance) {
        farDistance = s;
        far = i;
      }
    }
    if (far < 0) continue;
    moved.add(far);
    const from = labels[far];
    counts[from]--;
    counts[c] = 1;
    for (let j = 0; j < d; j++) {
      sums[from * d + j] -= data[far * d + j];
      sums[c * d + j] = data[far * d + j];
    }
  }
  for (let c = 0; c < k; c++) {
    if (counts[c] > 0) for (let j = 0; j < d; j++) sums[c * d + j] /= counts[c];
    else for (let j = 0; j < d; j++) sums[c * d + j] = previous[c * d + j];
  }
  return sums;
}
