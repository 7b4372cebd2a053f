/**
 * MATTR, MTLD and HD-D over token ids (Int32Array, ids < typeCount) instead of strings, for the
 * bootstrap resamples of the corpus-level diversity metrics: hundreds of resamples of a
 * 100,000-token corpus are then a few passes over typed arrays each, with no string hashing.
 * They follow src/text/mattr.ts, mtld.ts (variant 'lexicalrichness') and hdd.ts rule for rule;
 * lexical-kernels.test.ts checks them against those on real data. The reported values come from
 * the src/text functions themselves; these only make the intervals cheap.
 */

/** Number of distinct ids in `ids` (a scratch array of typeCount is used). */
function typesIn(ids: Int32Array, typeCount: number): number {
  const seen = new Uint8Array(typeCount);
  let types = 0;
  for (let i = 0; i < ids.length; i++) {
    if (seen[ids[i]] === 0) {
      seen[ids[i]] = 1;
      types++;
    }
  }
  return types;
}

/** `mattr(tokens, { window })` on ids. */
export function mattrOfIds(ids: Int32Array, typeCount: number, window: number): number {
  const n = ids.length;
  if (n < window) return typesIn(ids, typeCount) / n;
  const counts = new Int32Array(typeCount);
  let types = 0;
  for (let i = 0; i < window; i++) if (counts[ids[i]]++ === 0) types++;
  let sum = types;
  for (let i = window; i < n; i++) {
    if (--counts[ids[i - window]] === 0) types--;
    if (counts[ids[i]]++ === 0) types++;
    sum += types;
  }
  return sum / (window * (n - window + 1));
}

/** `mtld(tokens, { threshold }).mtld` (variant 'lexicalrichness') on ids. */
export function mtldOfIds(ids: Int32Array, typeCount: number, threshold: number): number {
  const stamp = new Int32Array(typeCount);
  const forward = mtldPass(ids, typeCount, stamp, threshold, false);
  stamp.fill(0);
  const backward = mtldPass(ids, typeCount, stamp, threshold, true);
  return (forward + backward) / 2;
}

function mtldPass(ids: Int32Array, typeCount: number, stamp: Int32Array, threshold: number, reverse: boolean): number {
  const n = ids.length;
  let factorNo = 1;
  let factors = 0;
  let count = 0;
  let types = 0;
  let ratio = 1;
  for (let k = 0; k < n; k++) {
    const id = ids[reverse ? n - 1 - k : k];
    count++;
    if (stamp[id] !== factorNo) {
      stamp[id] = factorNo;
      types++;
    }
    ratio = types / count;
    if (ratio <= threshold) {
      factors++;
      factorNo++;
      count = 0;
      types = 0;
    }
  }
  if (count > 0) factors += (1 - ratio) / (1 - threshold);
  if (factors === 0) {
    const whole = typesIn(ids, typeCount) / n;
    factors = whole === 1 ? 1 : (1 - whole) / (1 - threshold);
  }
  return n / factors;
}

/** `hdd(tokens, { draws })` on ids; the caller makes sure ids.length ≥ draws. */
export function hddOfIds(ids: Int32Array, typeCount: number, draws: number): number {
  const n = ids.length;
  const freq = new Int32Array(typeCount);
  for (let i = 0; i < n; i++) freq[ids[i]]++;
  const typesWithFreq = new Map<number, number>();
  for (let t = 0; t < typeCount; t++) if (freq[t] > 0) typesWithFreq.set(freq[t], (typesWithFreq.get(freq[t]) ?? 0) + 1);
  let sum = 0;
  let compensation = 0;
  for (const [k, types] of typesWithFreq) {
    const term = types * presentProbability(n, k, draws);
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return (sum + compensation) / draws;
}

/** P(a type with k of the n tokens appears in a sample of d drawn without replacement), as hdd.ts. */
function presentProbability(n: number, k: number, d: number): number {
  const a = k <= d ? d : k;
  const b = k <= d ? k : d;
  let logAbsent = 0;
  for (let i = 0; i < b; i++) {
    const remaining = n - i;
    const factor = (remaining - a) / remaining;
    if (factor === 0) return 1;
    logAbsent += factor < 0.5 ? Math.log(factor) : Math.log1p(-a / remaining);
  }
  return -Math.expm1(logAbsent);
}

/** Bootstrap resampler of a corpus: draws rows with replacement and concatenates their ids. */
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
