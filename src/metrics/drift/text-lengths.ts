import type { Side } from '../../core/evaluate/types.js';

/**
 * Length of each text of a side in characters (Unicode code points, so an emoji or an accented
 * letter written as one code point counts once) and in words (tokens of `tokenize`, the side's
 * shared tokenisation).
 */
export function textLengths(side: Side): { chars: Float64Array; words: Float64Array } {
  const tokens = side.tokens();
  const chars = new Float64Array(side.texts.length);
  const words = new Float64Array(side.texts.length);
  for (let i = 0; i < side.texts.length; i++) {
    let n = 0;
    for (const _ of side.texts[i]) n++;
    chars[i] = n;
    words[i] = tokens[i].length;
  }
  return { chars, words };
}
