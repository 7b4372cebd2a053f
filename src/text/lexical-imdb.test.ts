import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compressionRatio } from './compression-ratio.js';
import { distinctN } from './distinct-n.js';
import { hdd } from './hdd.js';
import { mattr } from './mattr.js';
import { msttr } from './msttr.js';
import { mtld, type MtldResult } from './mtld.js';
import { tokenize } from './tokenize.js';
import { ttr } from './ttr.js';

// Real text: the 200 IMDB reviews in ../shared/datasets (read, never copied). Reference values:
// scripts/reference/lexical.py on the same file (its sha256 is checked in tokenize.test.ts).
interface Measures {
  n: number;
  ttr: number;
  mattr10: number;
  mattr50: number;
  msttr10: number;
  msttr50: number;
  hdd: Record<string, number>;
  [mtldKey: `mtld_${string}`]: MtldResult;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/lexical.json', import.meta.url), 'utf8')) as {
  imdb: {
    path: string;
    rows: Measures[];
    distinct: Record<string, number>;
    compression: { originalBytes: number; gzipBytes: number };
    corpus: Measures;
  };
};
const texts = readFileSync(new URL(`../../${fixture.imdb.path}`, import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const tokenized = texts.map(tokenize);
const pooled = tokenized.flat();

const close = (actual: number, expected: number, relative = 1e-13) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));

function expectMeasures(tokens: string[], want: Measures): void {
  expect(tokens.length).toBe(want.n);
  expect(ttr(tokens)).toBe(want.ttr);
  close(mattr(tokens, { window: 10 }), want.mattr10);
  close(mattr(tokens), want.mattr50);
  close(msttr(tokens, { window: 10 }), want.msttr10);
  close(msttr(tokens), want.msttr50);
  for (const variant of ['lexicalrichness', 'lexical-diversity'] as const) {
    for (const threshold of [0.72, 0.6]) {
      expect(mtld(tokens, { variant, threshold })).toEqual(want[`mtld_${variant}_${threshold}`]);
    }
  }
  // HD-D: exact-fraction reference; long pooled text sums ~10⁴ terms, hence 1e-12
  for (const [draws, value] of Object.entries(want.hdd)) close(hdd(tokens, { draws: Number(draws) }), value, 1e-12);
}

describe('lexical measures on 200 real IMDB reviews', () => {
  it('match the Python reference review by review (TTR, MATTR, MSTTR, both MTLD variants, HD-D)', () => {
    expect(tokenized).toHaveLength(fixture.imdb.rows.length);
    tokenized.forEach((tokens, i) => expectMeasures(tokens, fixture.imdb.rows[i]));
  });

  it('match the Python reference on all reviews pooled into one 48k-token text', () => {
    expectMeasures(pooled, fixture.imdb.corpus);
  });

  it('give the reference distinct-1 … distinct-4 over the corpus', () => {
    for (const [n, value] of Object.entries(fixture.imdb.distinct)) expect(distinctN(tokenized, Number(n))).toBe(value);
  });

  it("give a compression ratio within 1% of Python's gzip level 9", () => {
    const { originalBytes, gzipBytes } = fixture.imdb.compression;
    const ratio = compressionRatio(texts);
    close(originalBytes / ratio, gzipBytes, 0.01);
  });
});
