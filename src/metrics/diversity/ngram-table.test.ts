import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distinctN } from '../../text/distinct-n.js';
import { tokenize } from '../../text/tokenize.js';
import { countDistinct, createNgramTable, topNgrams } from './ngram-table.js';
import { diversityFixture } from './reference-fixture.test-helper.js';

const rotten = readFileSync(new URL('../../../../shared/datasets/rotten_tomatoes_polarity/data.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 3000)
  .map((line) => tokenize((JSON.parse(line) as { text: string }).text));

describe('NgramTable', () => {
  it('countDistinct() equals distinctN() on 3,000 rotten_tomatoes rows for n = 1…4, for the corpus and for halves', () => {
    const table = createNgramTable(4);
    for (const texts of [rotten, rotten.slice(0, 1500), rotten.filter((_, i) => i % 3 === 0)]) {
      for (let n = 1; n <= 4; n++) {
        const { distinct, total } = countDistinct(table, texts, n);
        // Counts are integers: the ratio is the same division.
        expect(distinct / total).toBe(distinctN(texts, n));
      }
    }
  });

  it('counts a text once per occurrence when it is given twice (bootstrap repeats), as distinctN does', () => {
    const table = createNgramTable(2);
    const t = ['the', 'cat', 'sat'];
    expect(countDistinct(table, [t, t], 2)).toEqual({ distinct: 2, total: 4 });
    expect(distinctN([t, t], 2)).toBe(0.5);
  });

  it('gives no n-gram for texts shorter than n, and the same ids for the same n-grams across texts', () => {
    const table = createNgramTable(3);
    expect(table.grams(['a', 'b'], 3).length).toBe(0);
    const x = table.grams(['a', 'b', 'c', 'a', 'b'], 2);
    const y = table.grams(['c', 'a', 'b'], 2);
    expect(Array.from(x)).toEqual([0, 1, 2, 0]); // ab bc ca ab
    expect(Array.from(y)).toEqual([2, 0]); // ca ab
    expect(table.size(2)).toBe(3);
    expect(table.tokensOf(2, 2)).toEqual(['c', 'a']);
  });

  for (const c of diversityFixture.topNgrams.cases) {
    it(`topNgrams() gives collections.Counter.most_common(${c.top}) of the ${c.n}-grams (reference: scripts/reference/diversity.py)`, () => {
      const table = createNgramTable(4);
      const texts = diversityFixture.topNgrams.texts;
      const got = topNgrams(table, texts, c.n, c.top);
      expect(got.total).toBe(c.total);
      expect(got.top.map((g) => ({ ngram: table.tokensOf(g.id, c.n), count: g.count }))).toEqual(c.ngrams);
      expect(got.topCount).toBe(c.ngrams.reduce((s, g) => s + g.count, 0));
      expect(countDistinct(table, texts, c.n).distinct).toBe(c.distinct);
    });
  }

  it('topNgrams() on no n-gram at all gives total 0 and an empty list', () => {
    expect(topNgrams(createNgramTable(3), [['a'], []], 3, 10)).toEqual({ total: 0, top: [], topCount: 0 });
  });

  it('refuses an order above the table\'s', () => {
    expect(() => createNgramTable(2).grams(['a', 'b', 'c'], 3)).toThrow(/orders 1 to 2/);
  });
});
