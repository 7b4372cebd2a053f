import { InvalidArgumentError } from '../../core/errors.js';
import { bleuFromCounts, checkTokens, closestRefLength, resolveWeights, type BleuSmoothing } from './bleu-core.js';

export interface SentenceBleuOptions {
  /** Highest n-gram order, with uniform weights 1/maxN. Default 4 (BLEU-4). */
  maxN?: number;
  /** One weight per n-gram order (unigrams first); overrides the uniform weights of maxN. */
  weights?: number[];
  /**
   * `'method1'` (default): a zero n-gram match count becomes 0.1 (Chen & Cherry 2014, method 1).
   * `'none'`: NLTK's unsmoothed BLEU, which puts 2.2250738585072014e-308 (Python's
   * sys.float_info.min) in place of a zero precision, so the score is tiny (1e-78 with one
   * zero order of BLEU-4) rather than exactly 0. NLTK's own default is no smoothing; ours is method1.
   */
  smoothing?: BleuSmoothing;
}

/**
 * Sentence-level BLEU of a tokenised hypothesis against one or more tokenised references
 * (Papineni et al. 2002, "BLEU: a method for automatic evaluation of machine translation", ACL).
 *
 * Matches `nltk.translate.bleu_score.sentence_bleu` of NLTK 3.8 (Debian's python3-nltk): modified
 * n-gram precision with each n-gram's count clipped by its largest count in any single
 * reference; denominator at least 1 (so orders longer than the hypothesis score 0 matches of 1);
 * brevity penalty exp(1 − r/c) with r the reference length closest to the hypothesis length c
 * (the shorter on a tie); a score of exactly 0 when not even one unigram matches, smoothing or
 * not; and the geometric mean as exp(Σ w_n log p_n) summed exactly (math.fsum).
 *
 * @example
 * const hyp = 'the cat sat on the mat'.split(' ');
 * sentenceBleu([['the', 'cat', 'is', 'on', 'the', 'mat']], hyp) // => 0.25406637407730737
 * sentenceBleu([['the', 'cat', 'is', 'on', 'the', 'mat']], hyp, { smoothing: 'none' })
 * // => 7.262123179505913e-78 (NLTK 3.8 gives the same)
 */
export function sentenceBleu(
  references: readonly (readonly string[])[],
  hypothesis: readonly string[],
  options: SentenceBleuOptions = {},
): number {
  const who = 'sentenceBleu';
  const smoothing = options.smoothing ?? 'method1';
  if (smoothing !== 'method1' && smoothing !== 'none') {
    throw new InvalidArgumentError(`${who} takes smoothing 'method1' or 'none', got ${String(smoothing)}`);
  }
  const weights = resolveWeights(who, options.maxN, options.weights);
  checkTokens(who, hypothesis, 'the hypothesis');
  if (!Array.isArray(references) || references.length === 0) {
    throw new InvalidArgumentError(`${who} needs at least one reference (an array of token arrays)`);
  }
  references.forEach((ref, r) => checkTokens(who, ref, `reference ${r}`));

  // Intern the hypothesis tokens; reference tokens outside them can never match.
  const vocab = new Map<string, number>();
  for (const t of hypothesis) if (!vocab.has(t)) vocab.set(t, vocab.size);
  const hypIds = hypothesis.map((t) => vocab.get(t) as number);
  const refIds = references.map((ref: readonly string[]) => ref.map((t) => vocab.get(t) ?? -1));

  const maxN = weights.length;
  const matches = new Float64Array(maxN);
  const totals = new Float64Array(maxN);
  for (let n = 1; n <= maxN; n++) {
    const counts = countNgrams(hypIds, n);
    totals[n - 1] = Math.max(0, hypIds.length - n + 1);
    const best = new Map<string, number>();
    for (const ref of refIds) {
      for (const [gram, c] of countNgrams(ref, n)) {
        if (counts.has(gram) && c > (best.get(gram) ?? 0)) best.set(gram, c);
      }
    }
    let clipped = 0;
    for (const [gram, c] of counts) clipped += Math.min(c, best.get(gram) ?? 0);
    matches[n - 1] = clipped;
  }
  const refLen = closestRefLength(
    references.map((r) => r.length),
    hypothesis.length,
  );
  return bleuFromCounts(matches, totals, weights, smoothing, hypothesis.length, refLen);
}

/** Counts the n-grams of a token-id sequence; n-grams through an unknown token (-1) are skipped. */
function countNgrams(ids: readonly number[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  outer: for (let i = 0; i + n <= ids.length; i++) {
    for (let j = i; j < i + n; j++) if (ids[j] < 0) continue outer;
    const key = n === 1 ? String(ids[i]) : ids.slice(i, i + n).join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
