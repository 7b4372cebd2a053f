import { internTokens, positiveInteger } from './token-ids.js';
import { InvalidArgumentError } from '../core/errors.js';

export interface MsttrOptions {
  /** Segment length in tokens (default 50). */
  window?: number;
}

/**
 * Mean segmental type–token ratio (Johnson 1944): the text is cut into consecutive,
 * non-overlapping segments of `window` tokens, and the result is the mean TTR of the complete
 * segments. The remainder (the last N mod W tokens) is dropped.
 *
 * Same value as lexical_diversity 0.1.1 `msttr(text, window_length)`, and as LexicalRichness
 * 0.5 `msttr(segment_window, discard=True)` when N > W and N is not a multiple of W (that
 * package deletes the last segment unconditionally, so for N = k·W it drops a complete one;
 * that quirk is not reproduced). When the text is shorter
 * than one segment (N < W) the result is the TTR of the whole text, as lexical_diversity does
 * and as {@link mattr} does here (LexicalRichness raises instead).
 *
 * @param tokens - the tokens of one text
 * @param options - `window` (positive integer, default 50)
 * @returns a number in (0, 1]
 * @throws InvalidArgumentError for an empty array, a non-string token or a bad window
 * @example
 * msttr(['a', 'b', 'a', 'c', 'c', 'c', 'd'], { window: 3 });
 * // → 0.5 (segments aba and ccc: (2/3 + 1/3) / 2; the last token d is dropped)
 */
export function msttr(tokens: readonly string[], options: MsttrOptions = {}): number {
  const window = positiveInteger(options.window ?? 50, 'msttr', 'window');
  const { ids, typeCount } = internTokens(tokens, 'msttr');
  const n = ids.length;
  if (n === 0) throw new InvalidArgumentError('msttr needs at least one token, got an empty array');
  if (n < window) return typeCount / n;

  const segments = Math.floor(n / window);
  // A segment stamp per type avoids clearing the counts between segments.
  const seenIn = new Int32Array(typeCount).fill(-1);
  let sum = 0; // integer sum of per-segment type counts: exact
  for (let s = 0; s < segments; s++) {
    const end = (s + 1) * window;
    for (let i = s * window; i < end; i++) {
      const id = ids[i];
      if (seenIn[id] !== s) {
        seenIn[id] = s;
        sum++;
      }
    }
  }
  return sum / (window * segments);
}
