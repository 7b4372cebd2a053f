import { InvalidArgumentError } from '../core/errors.js';
import { describe } from './token-ids.js';

// A word is a run of letters, combining marks and digits; runs are joined by one apostrophe or
// hyphen between two word characters, or by one '.' or ',' between two digits ("3.5", "1,000").
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
// Typographic apostrophe (U+2019) and Unicode hyphens (U+2010, U+2011) are folded to ASCII so that
// "don’t" and "don't" are one type.
const APOSTROPHE = /\u2019/g;
const HYPHEN = /[\u2010\u2011]/g;

/**
 * The default word tokenizer of the lexical measures: Unicode-aware, lowercase, punctuation
 * dropped. Deterministic (no locale, no dictionary) and linear in the text length.
 *
 * Exactly:
 * 1. the text is normalised to NFC and lowercased with `String.prototype.toLowerCase`
 *    (Unicode default case mapping, no locale: "İ" becomes "i̇", a word-final Σ becomes ς);
 * 2. U+2019 (’) becomes "'" and U+2010/U+2011 (‐ ‑) become "-";
 * 3. a token is a maximal run of letters (\p{L}), combining marks (\p{M}) and digits (\p{N}),
 *    where one "'" or "-" between two such characters is kept inside the token ("don't",
 *    "e-mail", "rock'n'roll"), and one "." or "," between two digits is kept ("3.5", "1,000");
 * 4. everything else separates tokens and is dropped: spaces, punctuation, dashes (— –),
 *    underscores, symbols and emoji. Leading or trailing apostrophes and hyphens are dropped
 *    ("'tis" → "tis", "dogs'" → "dogs", "a--b" → "a", "b").
 *
 * Scripts written without spaces (Chinese, Japanese, Thai) are not segmented: a run of such
 * letters is one token. Tokenize those with a proper segmenter and pass the tokens to the
 * measures directly. The reference implementation (a character-by-character scanner over
 * Python's `unicodedata` categories) is in scripts/reference/lexical.py.
 *
 * @param text - any string
 * @returns the tokens in order of appearance (empty for a text with no word characters)
 * @throws InvalidArgumentError when `text` is not a string
 * @example
 * tokenize("Don't stop—it's 3.5 GHz!");
 * // → ["don't", 'stop', "it's", '3.5', 'ghz']
 * tokenize('Ça coûte 1,000 € — l’été!');
 * // → ['ça', 'coûte', '1,000', "l'été"]
 */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string') {
    throw new InvalidArgumentError(`tokenize needs a string, got ${describe(text)}`);
  }
  const folded = text.normalize('NFC').toLowerCase().replace(APOSTROPHE, "'").replace(HYPHEN, '-');
  return folded.match(WORD) ?? [];
}
