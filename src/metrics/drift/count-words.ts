/**
 * Σ of word counts over the given documents (each index in `which` counted once per occurrence,
 * so a bootstrap resample's repeats count again; default: every document once), into `out` when
 * given (zeroed first) so resampling loops allocate nothing.
 *
 * @example
 * countWords([Int32Array.of(0, 1, 0), Int32Array.of(1)], 2, [0, 0, 1]) // Float64Array [4, 3]
 */
export function countWords(documents: readonly Int32Array[], vocabularySize: number, which?: ArrayLike<number>, out?: Float64Array): Float64Array {
  const counts = out ?? new Float64Array(vocabularySize);
  if (out) counts.fill(0);
  const n = which ? which.length : documents.length;
  for (let k = 0; k < n; k++) {
    const doc = documents[which ? which[k] : k];
    for (let t = 0; t < doc.length; t++) counts[doc[t]]++;
  }
  return counts;
}
