import { InvalidArgumentError } from '../core/errors.js';
import { hddOfIds } from './lexical-id-kernels.js';
import { internTokens, positiveInteger } from './token-ids.js';

export interface HddOptions {
  /** Sample size of the hypergeometric draw (default 42, McCarthy & Jarvis 2007). */
  draws?: number;
}

/**
 * HD-D (McCarthy & Jarvis 2007, "vocd: a theoretical and empirical evaluation", Language
 * Testing 24(4), pp. 465–466), on the TTR-like scale: for each type, the probability that it
 * appears at least once in a random sample of `draws` tokens drawn without replacement from the
 * text, summed over types and divided by `draws`. It is the expected TTR of such a sample, so it
 * lies in (0, 1] and equals the TTR of the whole text when `draws` = N.
 *
 * Same value as LexicalRichness 0.5 `hdd(draws)` (which uses scipy.stats.hypergeom) and, for
 * draws = 42, as lexical_diversity 0.1.1 `hdd(text)`.
 *
 * With N tokens and a type of frequency K, P(absent) = C(N−K, d)/C(N, d)
 * = ∏_{i<d} (1 − K/(N−i)) = ∏_{j<K} (1 − d/(N−j)). The shorter product is summed in log form
 * (log1p) and P(present) = −expm1(log P(absent)). Unlike differences of log-gamma values, this
 * keeps full relative precision for rare types, where P(present) ≈ d/N is tiny and
 * 1 − P(absent) would cancel. Types sharing a frequency are computed once, so the cost is
 * O(N) in the worst case and O(#distinct frequencies · min(d, K)) in practice. The sum runs on
 * interned token ids (`hddOfIds`, lexical-id-kernels.ts).
 *
 * @param tokens - the tokens of one text, at least `draws` of them
 * @param options - `draws` (positive integer, default 42)
 * @returns a number in (0, 1]
 * @throws InvalidArgumentError when there are fewer tokens than `draws` (including none), for
 *   a non-string token or a bad `draws`
 * @example
 * hdd(['a', 'a', 'b', 'c'], { draws: 2 });
 * // → 0.9166666666666666: P(a) = 1 − C(2,2)/C(4,2) = 5/6, P(b) = P(c) = 1 − C(3,2)/C(4,2) = 1/2;
 * //   (5/6 + 1/2 + 1/2) / 2 = 11/12
 */
export function hdd(tokens: readonly string[], options: HddOptions = {}): number {
  const draws = positiveInteger(options.draws ?? 42, 'hdd', 'draws');
  const { ids, typeCount } = internTokens(tokens, 'hdd');
  const n = ids.length;
  if (n < draws) {
    throw new InvalidArgumentError(
      `hdd needs at least draws = ${draws} tokens, got ${n}; pass a smaller draws for short texts`,
    );
  }
  return hddOfIds(ids, typeCount, draws);
}
