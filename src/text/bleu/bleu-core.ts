/**
 * The arithmetic shared by sentenceBleu and selfBleu (internal), written to follow
 * `nltk.translate.bleu_score.corpus_bleu` of NLTK 3.8 step by step for one sentence.
 */
import { InvalidArgumentError } from '../../core/errors.js';

export type BleuSmoothing = 'method1' | 'none';

/** Python's `sys.float_info.min`: NLTK's method0 puts it in place of a zero precision. */
const FLOAT_MIN = 2.2250738585072014e-308;
/** SmoothingFunction().method1's default epsilon. */
const EPSILON = 0.1;

/**
 * Sum of doubles rounded once at the end (Shewchuk's exact partials, as Python's math.fsum),
 * so the weighted log-precisions add up exactly as NLTK adds them.
 */
export function fsum(values: readonly number[]): number {
  const partials: number[] = [];
  for (let x of values) {
    let k = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[k++] = lo;
      x = hi;
    }
    partials.length = k;
    partials.push(x);
  }
  let sum = 0;
  for (let j = partials.length - 1; j >= 0; j--) {
    const x = sum;
    const y = partials[j];
    sum = x + y;
    const lo = y - (sum - x);
    if (lo !== 0) {
      // Round half-even correction as in CPython's math.fsum.
      if (j > 0 && ((lo < 0 && partials[j - 1] < 0) || (lo > 0 && partials[j - 1] > 0))) {
        const y2 = lo * 2;
        const x2 = sum + y2;
        if (y2 === x2 - sum) sum = x2;
      }
      break;
    }
  }
  return sum;
}

/** Resolves `maxN` and `weights` into the weight vector (uniform 1/maxN by default). */
export function resolveWeights(who: string, maxN: number | undefined, weights: readonly number[] | undefined): number[] {
  if (maxN !== undefined && (!Number.isInteger(maxN) || maxN < 1)) {
    throw new InvalidArgumentError(`${who} needs maxN to be a positive integer, got ${maxN}`);
  }
  if (weights === undefined) {
    const n = maxN ?? 4;
    return new Array<number>(n).fill(1 / n);
  }
  if (!Array.isArray(weights) || weights.length === 0) {
    throw new InvalidArgumentError(`${who} needs weights as a non-empty array, one per n-gram order`);
  }
  if (maxN !== undefined && weights.length !== maxN) {
    throw new InvalidArgumentError(`${who} got maxN ${maxN} but ${weights.length} weights; give one per n-gram order`);
  }
  for (const w of weights) {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new InvalidArgumentError(`${who} needs finite non-negative weights, got ${w}`);
    }
  }
  return [...weights];
}

/** Checks that `tokens` is an array of strings. */
export function checkTokens(who: string, tokens: unknown, what: string): void {
  if (!Array.isArray(tokens)) throw new InvalidArgumentError(`${who} needs ${what} as an array of string tokens`);
  for (let i = 0; i < tokens.length; i++) {
    if (typeof tokens[i] !== 'string') {
      throw new InvalidArgumentError(`${who} needs string tokens, got ${typeof tokens[i]} in ${what} at position ${i}`);
    }
  }
}

/**
 * NLTK's closest_ref_length: the reference length nearest the hypothesis length, the shorter
 * one on a tie.
 */
export function closestRefLength(refLengths: Iterable<number>, hypLen: number): number {
  let best = -1;
  for (const r of refLengths) {
    const d = Math.abs(r - hypLen);
    const bd = Math.abs(best - hypLen);
    if (best < 0 || d < bd || (d === bd && r < best)) best = r;
  }
  return best;
}

/**
 * BLEU from clipped n-gram match counts: `matches[i]` and `totals[i]` for order i + 1 (totals are
 * the hypothesis n-gram counts). Mirrors NLTK 3.8: 0 when no unigram matches; a zero numerator
 * becomes epsilon / denominator under method1, or sys.float_info.min without smoothing; the
 * denominator is at least 1; BP = exp(1 − r/c) for c ≤ r.
 */
export function bleuFromCounts(
  matches: ArrayLike<number>,
  totals: ArrayLike<number>,
  weights: readonly number[],
  smoothing: BleuSmoothing,
  hypLen: number,
  refLen: number,
): number {
  if (matches[0] === 0) return 0;
  const terms: number[] = [];
  for (let i = 0; i < weights.length; i++) {
    const denominator = Math.max(1, totals[i]);
    let p: number;
    if (matches[i] !== 0) p = matches[i] / denominator;
    else p = smoothing === 'method1' ? EPSILON / denominator : FLOAT_MIN;
    terms.push(weights[i] * Math.log(p));
  }
  const bp = hypLen > refLen ? 1 : hypLen === 0 ? 0 : Math.exp(1 - refLen / hypLen);
  return bp * Math.exp(fsum(terms));
}
