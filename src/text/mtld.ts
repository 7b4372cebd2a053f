import { InvalidArgumentError } from '../core/errors.js';
import { mtldOfIds } from './lexical-id-kernels.js';
import { describe, internTokens } from './token-ids.js';

/** Which published implementation's factor rules {@link mtld} follows. */
export type MtldVariant = 'lexicalrichness' | 'lexical-diversity';

export interface MtldOptions {
  /** The TTR at which a factor is complete (default 0.72, McCarthy & Jarvis 2010). In (0, 1). */
  threshold?: number;
  /** Factor rules to follow (default 'lexicalrichness'); see {@link mtld}. */
  variant?: MtldVariant;
}

export interface MtldResult {
  /** Mean of `forward` and `backward`: the MTLD score. */
  mtld: number;
  /** Tokens per factor reading the text from first to last token. */
  forward: number;
  /** Tokens per factor reading the text from last to first token. */
  backward: number;
}

/**
 * Measure of textual lexical diversity (McCarthy & Jarvis 2010, "MTLD, vocd-D, and HD-D: a
 * validation study of sophisticated approaches to lexical diversity assessment", Behavior
 * Research Methods 42(2)). Reading the text token by token, a *factor* is complete when the
 * running TTR of the current stretch falls to the threshold; the stretch then starts afresh.
 * The leftover stretch at the end counts as a partial factor (1 − TTR) / (1 − threshold).
 * MTLD in one direction is tokens / factors; the score is the mean of the forward and the
 * backward pass. Higher means more diverse; roughly, how many tokens it takes for the
 * vocabulary to start repeating.
 *
 * The two common Python packages differ in three rules, and `variant` picks one:
 *
 * | rule | `'lexicalrichness'` (LexicalRichness 0.5, `LexicalRichness.mtld`) | `'lexical-diversity'` (lexical_diversity 0.1.1, `lex_div.mtld`) |
 * |---|---|---|
 * | factor closes when | running TTR ≤ threshold | running TTR < threshold **and** the factor has ≥ 10 tokens |
 * | last token | may close a factor like any other | never closes one: the final stretch, up to and including the last token, is always the partial factor |
 * | no factor at all (partial TTR = 1, e.g. all tokens distinct) | the pass counts 1 factor: MTLD = N | 0 factors: MTLD is reported as 0 (its `safe_divide`) |
 *
 * In both, the partial factor (1 − TTR) / (1 − threshold) uses the running TTR of the final
 * stretch, tokens = N, and `mtld` = (forward + backward) / 2. lexical_diversity fixes the
 * threshold at 0.72; with another `threshold` its rules are applied at that threshold.
 * Consequences: twenty repeats of one token score 2 under 'lexicalrichness' (every "a a" closes
 * a factor at TTR 0.5) but 4.75 under 'lexical-diversity' (no factor shorter than 10 tokens);
 * and under 'lexical-diversity' a short text of distinct words scores 0, not "maximally
 * diverse". McCarthy & Jarvis recommend at least
 * 100 tokens; below that both variants are unstable.
 *
 * Runs in O(N) for each pass (a stamp per type marks membership of the current factor), on
 * interned token ids (`mtldOfIds`, lexical-id-kernels.ts).
 *
 * @param tokens - the tokens of one text
 * @param options - `threshold` in (0, 1) (default 0.72), `variant` (default 'lexicalrichness')
 * @returns `{ mtld, forward, backward }`
 * @throws InvalidArgumentError for an empty array, a non-string token, a threshold outside
 *   (0, 1) or NaN, or an unknown variant
 * @example
 * mtld(['a', 'b', 'a', 'b', 'a', 'b']);
 * // → { mtld: 3, forward: 3, backward: 3 } (factors "a b a" and "b a b", TTR 2/3 ≤ 0.72)
 * mtld(Array(20).fill('a'), { variant: 'lexical-diversity' });
 * // → { mtld: 4.7457627118644075, forward: 4.7457627118644075, backward: 4.7457627118644075 }
 * //   (one 10-token factor, then partial (1 − 1/10) / 0.28: 20 / (1 + 0.9/0.28))
 */
export function mtld(tokens: readonly string[], options: MtldOptions = {}): MtldResult {
  const threshold = options.threshold ?? 0.72;
  const variant = options.variant ?? 'lexicalrichness';
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1)) {
    throw new InvalidArgumentError(`mtld needs a threshold in (0, 1), got ${describe(threshold)}`);
  }
  if (variant !== 'lexicalrichness' && variant !== 'lexical-diversity') {
    throw new InvalidArgumentError(
      `mtld needs variant 'lexicalrichness' or 'lexical-diversity', got ${describe(variant)}`,
    );
  }
  const { ids, typeCount } = internTokens(tokens, 'mtld');
  if (ids.length === 0) throw new InvalidArgumentError('mtld needs at least one token, got an empty array');

  return mtldOfIds(ids, typeCount, threshold, variant);
}
