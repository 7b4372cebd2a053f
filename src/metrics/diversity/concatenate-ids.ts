/**
 * Bootstrap resampler of a corpus on token ids: the rows at `pick` (drawn with replacement)
 * concatenated into one id stream, for the id kernels of src/text/lexical-id-kernels.ts. Writes
 * into `buffer` when it is long enough, so hundreds of resamples allocate once.
 */
export function concatenateIds(rows: readonly Int32Array[], pick: ArrayLike<number>, buffer?: Int32Array): Int32Array {
  let length = 0;
  for (let i = 0; i < pick.length; i++) length += rows[pick[i]].length;
  const out = buffer && buffer.length >= length ? buffer.subarray(0, length) : new Int32Array(length);
  let at = 0;
  // A plain loop: rows are short, and TypedArray.set costs more per call than it saves.
  for (let i = 0; i < pick.length; i++) {
    const row = rows[pick[i]];
    for (let j = 0; j < row.length; j++) out[at++] = row[j];
  }
  return out;
}
