import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceBleu } from './sentence-bleu.js';

// Reference: NLTK 3.8 sentence_bleu (Debian python3-nltk), scripts/reference/bleu.py
interface Case {
  name: string;
  references: string[][];
  hypothesis: string[];
  weights: number[];
  smoothing: 'method1' | 'none';
  bleu: number;
}
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/reference/bleu.json', import.meta.url), 'utf8')) as {
  sentenceBleu: Case[];
};
const byName = (name: string): Case => fixture.sentenceBleu.find((c) => c.name === name)!;
const run = (c: Case): number => sentenceBleu(c.references, c.hypothesis, { weights: c.weights, smoothing: c.smoothing });

describe('sentenceBleu()', () => {
  for (const c of fixture.sentenceBleu) {
    it(`equals NLTK sentence_bleu on case "${c.name}"`, () => {
      const value = run(c);
      // Relative 1e-12: the only float differences are libm log/exp in the last bit.
      if (c.bleu === 0) expect(value).toBe(0);
      else expect(Math.abs(value - c.bleu) / c.bleu).toBeLessThan(1e-12);
    });
  }

  it('reproduces the NLTK 3.8 docstring values 0.5045…, 0.0370… (method1), 0.3920… (BLEU-5), 0.7453…/0.6240… (BLEU-2/3)', () => {
    const refs = byName('nltk-doc-hyp1').references;
    const hyp1 = byName('nltk-doc-hyp1').hypothesis;
    const hyp2 = byName('nltk-doc-hyp2-method1').hypothesis;
    // The docstring prints prefixes ("0.5045..." under doctest ELLIPSIS): compare the digits.
    const digits = (v: number): string => String(v).slice(0, 6);
    expect(sentenceBleu(refs, hyp1, { smoothing: 'none' })).toBeCloseTo(0.5045666840058485, 15); // NLTK's full repr
    expect(digits(sentenceBleu(refs, hyp2))).toBe('0.0370');
    expect(digits(sentenceBleu(refs, hyp1, { maxN: 5, smoothing: 'none' }))).toBe('0.3920');
    expect(digits(sentenceBleu(refs, hyp1, { maxN: 2, smoothing: 'none' }))).toBe('0.7453');
    expect(digits(sentenceBleu(refs, hyp1, { maxN: 3, smoothing: 'none' }))).toBe('0.6240');
  });

  it('without smoothing, gives the NLTK docstring hypothesis 2 a score that rounds to 0.0 (no 3- or 4-gram match)', () => {
    const c = byName('nltk-doc-hyp2-unsmoothed');
    const value = sentenceBleu(c.references, c.hypothesis, { smoothing: 'none' });
    expect(Number(value.toFixed(4))).toBe(0);
    expect(value).toBeGreaterThan(0); // NLTK's sys.float_info.min stand-in, not an exact 0
  });

  it('clips each n-gram by its largest count in any single reference (hand-checked)', () => {
    // "the"×7 against refs with 2 and 1 "the": unigram precision 2/7 (NLTK docstring: 0.2857…).
    // BLEU-1, closest ref length 6 < 7 so BP = 1: the score is the precision itself.
    const refs = [
      ['the', 'cat', 'is', 'on', 'the', 'mat'],
      ['there', 'is', 'a', 'cat', 'on', 'the', 'mat'],
    ];
    expect(sentenceBleu(refs, Array(7).fill('the'), { maxN: 1 })).toBeCloseTo(2 / 7, 15);
  });

  it('takes the shorter reference length on a tie (BP = 1 here, not exp(1 − 6/5))', () => {
    expect(sentenceBleu([['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd', 'e', 'f']], ['a', 'b', 'c', 'd', 'e'])).toBe(1);
  });

  it('applies the brevity penalty exp(1 − r/c) (hand-checked: c = 2, r = 3, all matches → e^(−1/2))', () => {
    expect(sentenceBleu([['a', 'b', 'c']], ['a', 'b'], { maxN: 2 })).toBeCloseTo(Math.exp(-0.5), 15);
  });

  it('smooths an order longer than the hypothesis to 0.1/1 with method1 (NLTK: denominator at least 1)', () => {
    // "hello" vs "hello world": p1 = 1, p2..p4 = 0.1, BP = exp(1 − 2) → e^(−1)·0.1^(3/4).
    expect(sentenceBleu([['hello', 'world']], ['hello'])).toBeCloseTo(Math.exp(-1) * 0.1 ** 0.75, 15);
  });

  it('is exactly 0 with no unigram match, and for an empty hypothesis, smoothing or not', () => {
    expect(sentenceBleu([['a', 'b']], ['x', 'y'])).toBe(0);
    expect(sentenceBleu([['a', 'b']], ['x', 'y'], { smoothing: 'none' })).toBe(0);
    expect(sentenceBleu([['a', 'b']], [])).toBe(0);
  });

  it('refuses no references, non-string tokens, bad weights and bad options', () => {
    expect(() => sentenceBleu([], ['a'])).toThrow(/at least one reference/);
    expect(() => sentenceBleu([['a', 1 as unknown as string]], ['a'])).toThrow(/string tokens, got number in reference 0 at position 1/);
    expect(() => sentenceBleu([['a']], 'a b' as unknown as string[])).toThrow(/hypothesis as an array/);
    expect(() => sentenceBleu([['a']], ['a'], { weights: [0.5, Number.NaN] })).toThrow(/finite non-negative weights/);
    expect(() => sentenceBleu([['a']], ['a'], { maxN: 3, weights: [0.5, 0.5] })).toThrow(/maxN 3 but 2 weights/);
    expect(() => sentenceBleu([['a']], ['a'], { maxN: 0 })).toThrow(/positive integer/);
    expect(() => sentenceBleu([['a']], ['a'], { smoothing: 'method4' as 'none' })).toThrow(/smoothing 'method1' or 'none'/);
  });
});
