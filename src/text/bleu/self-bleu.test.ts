import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { selfBleu } from './self-bleu.js';
import { sentenceBleu } from './sentence-bleu.js';

// Reference: NLTK 3.8 sentence_bleu with SmoothingFunction().method1 in a loop over the first 200
// rows of the shared UCI sentiment sentences, scripts/reference/bleu.py → fixtures/reference/bleu.json
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/reference/bleu.json', import.meta.url), 'utf8')) as {
  selfBleu: {
    data: string;
    rows: number[];
    tokenCounts: number[];
    cases: { maxN: number; perText: number[]; selfBleu: number }[];
  };
};
const repoRoot = new URL('../../../', import.meta.url);
const lines = readFileSync(new URL(fixture.selfBleu.data, repoRoot), 'utf8').split('\n');
// The script's tokenisation, text.lower().split(), on ASCII rows (the script asserts ASCII).
const texts = fixture.selfBleu.rows.map((r) =>
  (JSON.parse(lines[r]) as { text: string }).text.toLowerCase().split(/\s+/).filter((t) => t !== ''),
);

describe('selfBleu()', () => {
  it('tokenises the shared rows as the reference script did (same token counts)', () => {
    expect(texts.map((t) => t.length)).toEqual(fixture.selfBleu.tokenCounts);
  });

  for (const c of fixture.selfBleu.cases) {
    it(`equals NLTK sentence_bleu(others, text, method1) per text and on average, maxN ${c.maxN}, 200 real sentences`, () => {
      const result = selfBleu(texts, { maxN: c.maxN });
      expect(result.indices).toEqual(fixture.selfBleu.rows);
      result.perText.forEach((v, i) => {
        // Relative 1e-12 (0 stays 0): only libm log/exp may differ in the last bit.
        if (c.perText[i] === 0) expect(v).toBe(0);
        else expect(Math.abs(v - c.perText[i]) / c.perText[i]).toBeLessThan(1e-12);
      });
      expect(result.selfBleu).toBeCloseTo(c.selfBleu, 13);
    });
  }

  it('scores each text as sentenceBleu against all the others (hand example, BLEU-2)', () => {
    // "a cat sat" vs {"a cat ran", "dogs bark"}: p1 = 2/3, p2 = 1/2, BP = 1 → √(1/3) = 0.57735…
    const result = selfBleu([['a', 'cat', 'sat'], ['a', 'cat', 'ran'], ['dogs', 'bark']], { maxN: 2 });
    expect(result.perText[0]).toBeCloseTo(Math.sqrt(1 / 3), 15);
    expect(result.perText[2]).toBe(0);
    expect(result.selfBleu).toBeCloseTo((2 * Math.sqrt(1 / 3)) / 3, 15);
  });

  it('leaves the scored text out of its own references even when its n-gram count is the corpus maximum', () => {
    // "x x x" holds the top count of "x" (3); the runner-up is "x y" with 1.
    const corpus = [['x', 'x', 'x'], ['x', 'y'], ['x', 'x', 'x'], ['z']];
    const result = selfBleu(corpus);
    corpus.forEach((t, i) => {
      const others = corpus.filter((_, j) => j !== i);
      expect(result.perText[i]).toBe(sentenceBleu(others, t));
    });
  });

  it('agrees with the sentenceBleu loop on random short texts, including empty ones and length ties', () => {
    const rng = createRng(11);
    const words = ['a', 'b', 'c', 'd', 'e'];
    const corpus = Array.from({ length: 120 }, () => Array.from({ length: rng.int(9) }, () => words[rng.int(5)]));
    for (const maxN of [1, 3, 4]) {
      const result = selfBleu(corpus, { maxN });
      corpus.forEach((t, i) => {
        const expected = sentenceBleu(
          corpus.filter((_, j) => j !== i),
          t,
          { maxN },
        );
        expect(result.perText[i]).toBe(expected);
      });
    }
  });

  it('with sample, scores a seeded subset (same seed, same subset) with the full-corpus scores', () => {
    const full = selfBleu(texts);
    const a = selfBleu(texts, { sample: 25, seed: 3 });
    const b = selfBleu(texts, { sample: 25, seed: 3 });
    const c = selfBleu(texts, { sample: 25, seed: 4 });
    expect(a).toEqual(b);
    expect(a.indices).not.toEqual(c.indices);
    expect(a.indices).toHaveLength(25);
    expect(new Set(a.indices).size).toBe(25);
    a.indices.forEach((idx, k) => expect(a.perText[k]).toBe(full.perText[idx]));
    expect(selfBleu(texts, { sample: 500 }).indices).toEqual(full.indices);
  });

  it('refuses fewer than 2 texts, non-string tokens and bad options', () => {
    expect(() => selfBleu([['a']])).toThrow(/at least 2 texts/);
    expect(() => selfBleu([['a'], [2 as unknown as string]])).toThrow(/string tokens, got number in text 1/);
    expect(() => selfBleu([['a'], ['b']], { sample: 0 })).toThrow(/sample to be a positive integer/);
    expect(() => selfBleu([['a'], ['b']], { sample: 1, seed: Number.NaN })).toThrow(/finite seed/);
    expect(() => selfBleu([['a'], ['b']], { maxN: 1.5 })).toThrow(/maxN to be a positive integer/);
  });
});
