import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { ttr } from './ttr.js';

// Reference: scripts/reference/lexical.py (len(set(tokens)) / len(tokens)) and the LexicalRichness README.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/lexical.json', import.meta.url), 'utf8')) as {
  readme: { tokens: string[]; published: { ttr: number } };
  synthetic: { tokens: string[]; ttr: number }[];
};

describe('ttr()', () => {
  it('divides distinct tokens by tokens', () => {
    expect(ttr(['the', 'cat', 'saw', 'the', 'dog'])).toBe(0.8); // 4 / 5
  });

  it('gives the value printed in the LexicalRichness README (0.6842105263157895 = 39/57)', () => {
    expect(ttr(fixture.readme.tokens)).toBe(fixture.readme.published.ttr);
  });

  it('matches the Python reference on seeded Zipf texts', () => {
    for (const c of fixture.synthetic) expect(ttr(c.tokens)).toBe(c.ttr);
  });

  it('is 1 for a single token and 1/N for one token repeated N times', () => {
    expect(ttr(['solo'])).toBe(1);
    expect(ttr(Array(8).fill('a'))).toBe(0.125);
  });

  it('compares tokens exactly: case and form are not folded', () => {
    expect(ttr(['Cat', 'cat'])).toBe(1);
  });

  it('refuses an empty array (0/0) and non-string tokens', () => {
    expect(() => ttr([])).toThrow(InvalidArgumentError);
    expect(() => ttr([])).toThrow('ttr needs at least one token');
    expect(() => ttr(['a', Number.NaN as unknown as string])).toThrow('ttr needs string tokens, got NaN at index 1');
    expect(() => ttr('a b' as unknown as string[])).toThrow('ttr needs an array of string tokens');
  });
});
