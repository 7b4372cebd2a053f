import type { Matrix } from '../../core/matrix.js';
import { rowTopK } from '../../stats/kernels/row-top-k.js';
import type { DuplicateCluster } from './duplicate-clusters.js';

export interface NearDuplicates {
  /** The rows checked (indices into the matrix), ascending. */
  checked: number[];
  /** Per checked row: the most similar EARLIER row with cosine ≥ threshold, or −1. */
  match: Int32Array;
  /** Per checked row: that cosine (float32 precision), or NaN. */
  similarity: Float64Array;
  /** Rows linked by matches (each checked row to its match), by earliest row; two or more rows each. */
  clusters: DuplicateCluster[];
}

/** First number of neighbours asked for; rows whose every candidate is a later near duplicate ask for 4× more. */
const FIRST_K = 16;

function gather(m: Matrix, rows: readonly number[]): Matrix {
  const d = m.dimension;
  const data = new Float32Array(rows.length * d);
  rows.forEach((r, t) => data.set(m.data.subarray(r * d, (r + 1) * d), t * d));
  return { rows: rows.length, dimension: d, data };
}

/**
 * For each checked row i of `x` (unit rows: dot product = cosine), the most similar row j < i with
 * cos(i, j) ≥ threshold, found with onnxruntime's fused Gemm → TopK (`rowTopK`) of the checked rows
 * against all rows, never an n × n loop in JavaScript. A row whose every one of its k most similar
 * rows is a later one at or above the threshold (the head of a large cluster) is asked again with
 * 4k, up to all rows, so the answer is exact.
 *
 * Clusters: the checked rows are linked to their matches and the connected groups listed, led by
 * their earliest row. Cosine is not transitive, so a cluster may chain rows that are not all
 * within the threshold of its first row.
 */
export async function nearDuplicates(x: Matrix, threshold: number, checked: readonly number[]): Promise<NearDuplicates> {
  const n = x.rows;
  const match = new Int32Array(checked.length).fill(-1);
  const similarity = new Float64Array(checked.length).fill(Number.NaN);
  let pending = checked.map((_, p) => p);
  let k = Math.min(n, FIRST_K);
  while (pending.length > 0 && n > 1) {
    const top = await rowTopK(gather(x, pending.map((p) => checked[p])), x, k);
    const unresolved: number[] = [];
    pending.forEach((p, q) => {
      const i = checked[p];
      let decided = false;
      for (let t = 0; t < k; t++) {
        const v = top.values[q * k + t];
        if (v < threshold) {
          decided = true;
          break;
        }
        const j = top.indices[q * k + t];
        if (j < i) {
          match[p] = j;
          similarity[p] = v;
          decided = true;
          break;
        }
      }
      if (!decided && k < n) unresolved.push(p);
    });
    pending = unresolved;
    k = Math.min(n, k * 4);
  }

  // Union–find over the links; the root of each group is its smallest row.
  const parent = new Map<number, number>();
  const find = (a: number): number => {
    let r = a;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    let c = a;
    while (c !== r) {
      const next = parent.get(c)!;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  checked.forEach((i, p) => {
    if (match[p] >= 0) {
      if (!parent.has(i)) parent.set(i, i);
      if (!parent.has(match[p])) parent.set(match[p], match[p]);
      union(i, match[p]);
    }
  });
  const groups = new Map<number, number[]>();
  for (const node of parent.keys()) {
    const root = find(node);
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    if (node !== root) list.push(node);
  }
  const clusters = [...groups.entries()]
    .map(([first, rest]) => ({ first, repeats: rest.sort((a, b) => a - b) }))
    .filter((c) => c.repeats.length > 0)
    .sort((a, b) => a.first - b.first);
  return { checked: [...checked], match, similarity, clusters };
}
