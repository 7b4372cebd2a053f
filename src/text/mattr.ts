import { InvalidArgumentError } from '../core/errors.js';
import { mattrOfIds } from './lexical-id-kernels.js';
import { internTokens, positiveInteger } from './token-ids.js';

export interface MattrOptions {
  /** Window length in tokens (default 50; Covington & McFall 2010 suggest 500 for long texts). */
  window?: number;
}

/**
 * Moving-average type–token ratio (Covington & McFall 2010, "Cutting the Gordian knot: the
 * moving-average type–token ratio (MATTR)", J. Quantitative Linguistics 17(2)): the mean TTR of
 * every window of `window` consecutive tokens (tokens 1…W, 2…W+1, …, N−W+1…N).
 *
 * Same value as LexicalRichness 0.5 `mattr(window_size)` and lexical_diversity 0.1.1
 * `mattr(text, window_length)` when N ≥ W. When the text is shorter than the window
 * (N < W) there is no complete window and the result is the TTR of the whole text, as
 * lexical_diversity does (LexicalRichness raises instead). Note that such a value is not
 * comparable with a true MATTR: short texts score high.
 *
 * Runs in O(N) with a sliding count per type; the mean is taken as an exact integer sum of
 * the per-window type counts divided once by W·(N−W+1), on interned token ids (`mattrOfIds`,
 * lexical-id-kernels.ts).
 *
 * @param tokens - the tokens of one text
 * @param options - `window` (positive integer, default 50)
 * @returns a number in (0, 1]
 * @throws InvalidArgumentError for an empty array, a non-string token or a bad window
 * @example
 * mattr(['a', 'b', 'a', 'c', 'a'], { window: 3 });
 * // → 0.7777777777777778 (windows aba, bac, aca: (2 + 3 + 2) / 9)
 */
export function mattr(tokens: readonly string[], options: MattrOptions = {}): number {
  const window = positiveInteger(options.window ?? 50, 'mattr', 'window');
  const { ids, typeCount } = internTokens(tokens, 'mattr');
  const n = ids.length;
  if (n === 0) throw new InvalidArgumentError('mattr needs at least one token, got an empty array');
  return mattrOfIds(ids, typeCount, window);
}
