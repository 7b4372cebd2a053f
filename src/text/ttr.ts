import { InvalidArgumentError } from '../core/errors.js';
import { internTokens } from './token-ids.js';

/**
 * Type–token ratio: distinct tokens divided by tokens (Templin 1957; the `ttr` of
 * LexicalRichness 0.5 and of lexical_diversity 0.1.1). Strongly length-dependent: use
 * {@link mattr}, {@link mtld} or {@link hdd} to compare texts of different lengths.
 *
 * Tokens are compared exactly (case and form as given; see {@link tokenize}).
 *
 * @param tokens - the tokens of one text (or of a whole corpus)
 * @returns a number in (0, 1]
 * @throws InvalidArgumentError for an empty array (the ratio is 0/0) or a non-string token
 * @example
 * ttr(['the', 'cat', 'saw', 'the', 'dog']); // → 0.8 (4 types / 5 tokens)
 */
export function ttr(tokens: readonly string[]): number {
  const { ids, typeCount } = internTokens(tokens, 'ttr');
  if (ids.length === 0) throw new InvalidArgumentError('ttr needs at least one token, got an empty array');
  return typeCount / ids.length;
}
