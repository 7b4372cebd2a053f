/**
 * Internal (not exported from the package): MATTR, MTLD and HD-D over token ids (Int32Array,
 * every id < typeCount) instead of strings. src/text/mattr.ts, mtld.ts and hdd.ts validate and
 * intern their tokens and compute here; the diversity family calls these directly for its
 * bootstrap resamples, where hundreds of resamples of a 100,000-token corpus are then a few
 * passes over typed arrays each, with no string hashing. Ids need not all occur (a resample may
 * miss some types), so type counts are taken from the ids, not from typeCount.
 */
import type { MtldResult, MtldVariant } from './mtld.js';

/** lexical_diversity counts a factor only once it is at least this long. */
const LEXICAL_DIVERSITY_MIN_FACTOR = 10;

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

/** `mattr(tokens, { window })` on ids; ids.length ≥ 1. */
export function mattrOfIds(ids: Int32Array, typeCount: number, window: number): number {
  const n = ids.length;
  if (n < window) return typesIn(ids, typeCount) / n;
  const counts = new Int32Array(typeCount);
  let types = 0;
  for (let i = 0; i < window; i++) {
    if (counts[ids[i]]++ === 0) types++;
  }
  // Sum of per-window type counts is an integer ≤ N·W, exact in float64 for any realistic text.
  let sum = types;
  for (let i = window; i < n; i++) {
    if (--counts[ids[i - window]] === 0) types--;
    if (counts[ids[i]]++ === 0) types++;
    sum += types;
  }
  return sum / (window * (n - window + 1));
}

/** `mtld(tokens, { threshold, variant })` on ids; ids.length ≥ 1. */
export function mtldOfIds(ids: Int32Array, typeCount: number, threshold: number, variant: MtldVariant = 'lexicalrichness'): MtldResult {
  const stamp = new Int32Array(typeCount);
  const pass = variant === 'lexicalrichness' ? lexicalRichnessPass : lexicalDiversityPass;
  const forward = pass(ids, typeCount, stamp, threshold, false);
  stamp.fill(0);
  const backward = pass(ids, typeCount, stamp, threshold, true);
  return { mtld: (forward + backward) / 2, forward, backward };
}

// `stamp[id] === factorNo` means the type already occurs in the current factor; factor numbers
// start at 1 so a zeroed array means "seen nowhere".

function lexicalRichnessPass(ids: Int32Array, typeCount: number, stamp: Int32Array, threshold: number, reverse: boolean): number {
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
    // No factor closed and the tail had TTR 1: LexicalRichness falls back to the whole text.
    const whole = typesIn(ids, typeCount) / n;
    factors = whole === 1 ? 1 : (1 - whole) / (1 - threshold);
  }
  return n / factors;
}

function lexicalDiversityPass(ids: Int32Array, _typeCount: number, stamp: Int32Array, threshold: number, reverse: boolean): number {
  const n = ids.length;
  let factorNo = 1;
  let factors = 0;
  let count = 0;
  let types = 0;
  for (let k = 0; k < n; k++) {
    const id = ids[reverse ? n - 1 - k : k];
    count++;
    if (stamp[id] !== factorNo) {
      stamp[id] = factorNo;
      types++;
    }
    const ratio = types / count;
    if (k === n - 1) {
      factors += (1 - ratio) / (1 - threshold);
    } else if (ratio < threshold && count >= LEXICAL_DIVERSITY_MIN_FACTOR) {
      factors += 1;
      factorNo++;
      count = 0;
      types = 0;
    }
  }
  return factors === 0 ? 0 : n / factors;
}

/** `hdd(tokens, { draws })` on ids; the caller makes sure ids.length ≥ draws. */
export function hddOfIds(ids: Int32Array, typeCount: number, draws: number): number {
  const n = ids.length;
  const freq = new Int32Array(typeCount);
  for (let i = 0; i < n; i++) freq[ids[i]]++;
  // typesWithFreq.get(K) = how many types occur exactly K times
  const typesWithFreq = new Map<number, number>();
  for (let t = 0; t < typeCount; t++) if (freq[t] > 0) typesWithFreq.set(freq[t], (typesWithFreq.get(freq[t]) ?? 0) + 1);

  // Neumaier-compensated sum of (number of types) · P(present).
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

/** P(a type with k of the n tokens appears in a sample of d drawn without replacement). */
function presentProbability(n: number, k: number, d: number): number {
  // ∏ (1 − a/(n−i)) over i < b, with {a, b} = {k, d} chosen so the product is the shorter one.
  const a = k <= d ? d : k;
  const b = k <= d ? k : d;
  let logAbsent = 0;
  for (let i = 0; i < b; i++) {
    const remaining = n - i;
    const factor = (remaining - a) / remaining; // exact integers, one rounding
    if (factor === 0) return 1;
    // log1p keeps precision when the factor is near 1; log is exact enough when it is small.
    logAbsent += factor < 0.5 ? Math.log(factor) : Math.log1p(-a / remaining);
  }
  return -Math.expm1(logAbsent);
}
