import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';
import { tokenIds } from './token-ids.js';

describe('tokenIds and countWords', () => {
  it('numbers words in order of first appearance across corpora (JSDoc example)', () => {
    const r = tokenIds([[['a', 'b'], ['b']], [['c', 'a']]]);
    expect(r.vocabulary).toEqual(['a', 'b', 'c']);
    expect(r.documents.map((docs) => docs.map((d) => Array.from(d)))).toEqual([[[0, 1], [1]], [[2, 0]]]);
  });

  it('counts words over all documents, or over a multiset of document indices', () => {
    const { vocabulary, documents } = tokenIds([[['a', 'b', 'a'], ['b'], []]]);
    expect(Array.from(countWords(documents[0], vocabulary.length))).toEqual([2, 2]);
    expect(Array.from(countWords(documents[0], vocabulary.length, [0, 0, 2]))).toEqual([4, 2]);
  });
});
