import type { CompiledLexicon, Mention } from './types.js';

/**
 * The terms and first names of a compiled lexicon found in a row's tokens (from `tokenize`):
 * whole tokens, in order, a phrase matching only as consecutive tokens. Within one dimension
 * matches do not overlap: scanning left to right, the longest term starting at a token wins and
 * the tokens it covers start no other match of that dimension ("trans woman" is one
 * transgender mention, not also a female one). Different dimensions match independently
 * ("black women" is a race mention and, through "women", a gender one).
 *
 * @param tokens - a row's tokens
 * @param lexicon - from `compileLexicon`
 * @returns the mentions, ordered by start token
 * @example
 * findMentions(tokenize('The black women and Mary'), lexicon);
 * // [ { start: 1, end: 3, term: 'black women', … race-ethnicity/black },
 * //   { start: 2, end: 3, term: 'women', … gender/female },
 * //   { start: 4, end: 5, term: 'mary', name: true, … gender/female } ]
 */
export function findMentions(tokens: readonly string[], lexicon: CompiledLexicon): Mention[] {
  const out: Mention[] = [];
  const blockedUntil = new Int32Array(lexicon.dimensions.length);
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lexicon.byFirstToken.get(tokens[i]);
    if (!candidates) continue;
    for (const entry of candidates) {
      const d = entry.dimensionIndex;
      if (blockedUntil[d] > i) continue;
      const len = entry.tokens.length;
      if (i + len > tokens.length) continue;
      let match = true;
      for (let k = 1; k < len; k++) {
        if (tokens[i + k] !== entry.tokens[k]) {
          match = false;
          break;
        }
      }
      if (!match) continue;
      out.push({ start: i, end: i + len, dimensionIndex: d, groups: entry.groups, term: entry.term, name: entry.name });
      blockedUntil[d] = i + len;
    }
  }
  return out;
}
