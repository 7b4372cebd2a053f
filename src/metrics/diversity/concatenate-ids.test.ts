import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { hdd } from '../../text/hdd.js';
import { mattr } from '../../text/mattr.js';
import { mtld } from '../../text/mtld.js';
import { tokenize } from '../../text/tokenize.js';
import { hddOfIds, mattrOfIds, mtldOfIds } from '../../text/lexical-id-kernels.js';
import { concatenateIds } from './concatenate-ids.js';
import { createNgramTable } from './ngram-table.js';

// The reference here is src/text (mattr, mtld, hdd), itself checked against LexicalRichness 0.5
// rules and scipy 1.10 in scripts/reference/lexical.py: on the diversity family's resampled id
// streams (n-gram table ids, types missing, ids not in order of first appearance) the id kernels
// must give the same numbers.
const rows = readFileSync(new URL('../../../../shared/datasets/sms_spam_collection/data.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 2000)
  .map((line) => tokenize((JSON.parse(line) as { text: string }).text));

describe('lexical kernels on token ids', () => {
  const table = createNgramTable(1);
  const ids = rows.map((t) => table.grams(t, 1));
  const rng = createRng(7);
  const corpora: Array<[string, number[]]> = [
    ['the whole corpus in file order', rows.map((_, i) => i)],
    ['a bootstrap resample (repeats)', Array.from({ length: rows.length }, () => rng.int(rows.length))],
    ['one short row', [3]],
    ['ten rows', [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]],
  ];
  for (const [what, pick] of corpora) {
    const tokens = pick.flatMap((i) => rows[i]);
    const stream = concatenateIds(ids, pick);
    it(`equal mattr, mtld and hdd on ${what}`, () => {
      expect(Array.from(stream, (id) => table.tokensOf(id, 1)[0])).toEqual(tokens);
      for (const window of [50, 7]) expect(mattrOfIds(stream, table.size(1), window)).toBe(mattr(tokens, { window }));
      for (const threshold of [0.72, 0.5]) expect(mtldOfIds(stream, table.size(1), threshold).mtld).toBe(mtld(tokens, { threshold }).mtld);
      const draws = Math.min(42, tokens.length);
      // Same terms, summed in another order (types by frequency class, ids assigned differently):
      // equal to rounding.
      expect(hddOfIds(stream, table.size(1), draws)).toBeCloseTo(hdd(tokens, { draws }), 13);
    });
  }

  it('mtld on a stream of distinct tokens falls back to the whole text (1 factor, MTLD = N), as LexicalRichness', () => {
    expect(mtldOfIds(Int32Array.of(0, 1, 2, 3), 10, 0.72).mtld).toBe(4);
    expect(mtld(['a', 'b', 'c', 'd']).mtld).toBe(4);
  });

  it('concatenateIds reuses a buffer that is long enough', () => {
    const buffer = new Int32Array(10);
    const out = concatenateIds([Int32Array.of(1, 2), Int32Array.of(3)], [1, 0, 1], buffer);
    expect(Array.from(out)).toEqual([3, 1, 2, 3]);
    expect(out.buffer).toBe(buffer.buffer);
  });
});
