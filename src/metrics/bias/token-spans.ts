import { InvalidArgumentError } from '../../core/errors.js';

// tokenize()'s word pattern, run on the NFC text before lowercasing and folding, so that the
// typographic apostrophe and Unicode hyphens it folds are accepted as joiners here.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['\u2019\u2010\u2011-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHE = /\u2019/g;
const HYPHEN = /[\u2010\u2011]/g;

/** Tokens of a text with their character spans in `text` (the NFC form of the input). */
export interface TokenSpans {
  /** The input normalised to NFC; spans index into it. */
  text: string;
  /** Exactly `tokenize(input)`. */
  tokens: string[];
  starts: number[];
  ends: number[];
}

/**
 * `tokenize` with the position of each token, for rewriting a text in place (counterfactual
 * swaps keep everything between the swapped words: case, punctuation, spacing). The tokens are
 * those of `tokenize` (lowercase, apostrophes and hyphens folded); spans are offsets in the
 * NFC-normalised text.
 *
 * @example
 * tokenSpans('She’s here, Bob!');
 * // { text: 'She’s here, Bob!', tokens: ["she's", 'here', 'bob'], starts: [0, 6, 12], ends: [5, 10, 15] }
 */
export function tokenSpans(input: string): TokenSpans {
  if (typeof input !== 'string') throw new InvalidArgumentError(`tokenSpans needs a string, got ${typeof input}`);
  const text = input.normalize('NFC');
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index as number;
    tokens.push(match[0].toLowerCase().replace(APOSTROPHE, "'").replace(HYPHEN, '-'));
    starts.push(start);
    ends.push(start + match[0].length);
  }
  return { text, tokens, starts, ends };
}
