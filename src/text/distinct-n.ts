import { InvalidArgumentError } from '../core/errors.js';
import { describe, positiveInteger } from './token-ids.js';

/**
 * Distinct-n over a corpus (Li et al. 2016, "A Diversity-Promoting Objective Function for
 * Neural Conversation Models", NAACL): the number of distinct n-grams divided by the total
 * number of n-grams, pooled over all texts. N-grams never cross a text boundary; a text with
 * fewer than n tokens contributes none.
 *
 * Li et al. describe the denominator as "the total number of generated tokens"; this follows the
 * common implementation (and the definition used by most later papers) that divides by the
 * number of n-grams, so the value lies in (0, 1] for every n. For n = 1 the two coincide.
 *
 * Tokens are compared exactly (see {@link tokenize}). n-grams are identified by interning
 * (prefix id, next token id) pairs level by level, so there is no string joining and no
 * separator that a token could contain; the cost is O(n · tokens).
 *
 * @param tokenizedTexts - one token array per text
 * @param n - n-gram order (positive integer)
 * @returns distinct n-grams / total n-grams, in (0, 1]
 * @throws InvalidArgumentError when the corpus has no n-gram at all (no texts, or every text
 *   shorter than n): the ratio would be 0/0, and reporting 0 would read as "no diversity"
 * @example
 * distinctN([['the', 'cat', 'sat'], ['the', 'cat', 'ran']], 2);
 * // → 0.75 (the cat, cat sat, the cat, cat ran: 3 distinct of 4)
 */
export function distinctN(tokenizedTexts: readonly (readonly string[])[], n: number): number {
  positiveInteger(n, 'distinctN', 'n');
  if (!Array.isArray(tokenizedTexts)) {
    throw new InvalidArgumentError(`distinctN needs an array of token arrays, got ${describe(tokenizedTexts)}`);
  }
  // Intern tokens across the whole corpus.
  const tokenIndex = new Map<string, number>();
  const texts: Int32Array[] = [];
  let total = 0;
  for (let t = 0; t < tokenizedTexts.length; t++) {
    const text = tokenizedTexts[t];
    if (!Array.isArray(text)) {
      throw new InvalidArgumentError(`distinctN needs an array of token arrays, got ${describe(text)} at text ${t}`);
    }
    const ids = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const token = text[i];
      if (typeof token !== 'string') {
        throw new InvalidArgumentError(`distinctN needs string tokens, got ${describe(token)} in text ${t} at index ${i}`);
      }
      let id = tokenIndex.get(token);
      if (id === undefined) {
        id = tokenIndex.size;
        tokenIndex.set(token, id);
      }
      ids[i] = id;
    }
    texts.push(ids);
    if (text.length >= n) total += text.length - n + 1;
  }
  if (total === 0) {
    throw new InvalidArgumentError(
      `distinctN found no ${n}-gram: ${tokenizedTexts.length === 0 ? 'the corpus is empty' : `every text has fewer than ${n} tokens`}`,
    );
  }
  const vocabulary = tokenIndex.size;
  // prefix[t][i] = id of the k-gram starting at token i of text t (valid for i ≤ length − k).
  let prefix = texts;
  let distinct = vocabulary;
  for (let k = 2; k <= n; k++) {
    const gramIndex = new Map<number | string, number>();
    const next: Int32Array[] = [];
    for (let t = 0; t < texts.length; t++) {
      const ids = texts[t];
      const previous = prefix[t];
      const count = Math.max(0, ids.length - k + 1);
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) {
        const key = pairKey(previous[i], ids[i + k - 1], vocabulary);
        let id = gramIndex.get(key);
        if (id === undefined) {
          id = gramIndex.size;
          gramIndex.set(key, id);
        }
        out[i] = id;
      }
      next.push(out);
    }
    prefix = next;
    distinct = gramIndex.size;
  }
  return distinct / total;
}

/** A unique key for (prefix id, token id): a safe integer when it fits, else a string. */
function pairKey(prefixId: number, tokenId: number, vocabulary: number): number | string {
  const key = prefixId * vocabulary + tokenId;
  return key <= Number.MAX_SAFE_INTEGER ? key : `${prefixId},${tokenId}`;
}
