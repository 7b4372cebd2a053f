/**
 * K × K counts of (first, second) code pairs, row-major (rows: the first code), over the pair
 * positions in `indices` (repeats allowed: a bootstrap resample) or over all pairs. Codes are
 * 0 … K − 1; a pair with a negative code (missing) is left out.
 *
 * The fast path behind the bootstrap intervals of κ and macro-F1, which recount the confusion
 * matrix of each resample instead of re-validating label arrays; tested equal to the
 * confusionMatrix of src/stats/agreement (sklearn 1.2 confusion_matrix).
 *
 * @example
 * confusionOfCodes(Int32Array.of(0, 0, 1), Int32Array.of(0, 1, 1), 2) // Float64Array [1, 1, 0, 1]
 */
export function confusionOfCodes(first: Int32Array, second: Int32Array, K: number, indices?: ArrayLike<number>): Float64Array {
  const counts = new Float64Array(K * K);
  const n = indices ? indices.length : first.length;
  for (let t = 0; t < n; t++) {
    const i = indices ? indices[t] : t;
    const a = first[i];
    const b = second[i];
    if (a >= 0 && b >= 0) counts[a * K + b] += 1;
  }
  return counts;
}
