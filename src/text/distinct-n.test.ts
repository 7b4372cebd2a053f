import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { distinctN } from './distinct-n.js';

// Reference: scripts/reference/lexical.py (a Python set of n-gram tuples over the pooled corpus).
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/lexical.json', import.meta.url), 'utf8')) as {
  distinct: { texts: string[][]; n: number; value: number }[];
};

describe('distinctN()', () => {
  it('divides distinct n-grams by all n-grams, pooled over the corpus', () => {
    // the cat, cat sat, the cat, cat ran: 3 distinct of 4
    expect(distinctN([['the', 'cat', 'sat'], ['the', 'cat', 'ran']], 2)).toBe(0.75);
  });

  it('does not form n-grams across text boundaries', () => {
    // a b | b a | a: bigrams "a b" and "b a" only; "b b" and "a a" would cross boundaries
    expect(distinctN([['a', 'b'], ['b', 'a'], ['a']], 2)).toBe(1);
  });

  it('skips texts shorter than n, which contribute no n-gram', () => {
    expect(distinctN([['a', 'b', 'c'], [], ['a', 'b']], 3)).toBe(1);
  });

  it('is 1/(N − n + 1) for one token repeated', () => {
    expect(distinctN([Array(7).fill('x')], 3)).toBe(1 / 5);
  });

  it('equals distinct tokens / tokens for n = 1', () => {
    expect(distinctN([['a', 'b'], ['a']], 1)).toBe(2 / 3);
  });

  it('does not confuse n-grams whose joined strings would collide', () => {
    // joining with a space would make "a b|c" and "a|b c" the same bigram string
    expect(distinctN([['a b', 'c'], ['a', 'b c']], 2)).toBe(1);
  });

  it.each(fixture.distinct.map((c) => [c.n, c.texts.length, c] as const))(
    'matches the Python reference for n = %i over %i texts',
    (n, _count, c) => {
      expect(distinctN(c.texts, n)).toBe(c.value);
    },
  );

  it('refuses a corpus with no n-gram (empty, or all texts shorter than n) rather than report 0', () => {
    expect(() => distinctN([], 2)).toThrow(InvalidArgumentError);
    expect(() => distinctN([], 2)).toThrow('distinctN found no 2-gram: the corpus is empty');
    expect(() => distinctN([['a'], []], 2)).toThrow('distinctN found no 2-gram: every text has fewer than 2 tokens');
  });

  it('refuses a bad n, a text that is not an array, and non-string tokens', () => {
    expect(() => distinctN([['a']], 0)).toThrow('distinctN needs n to be a positive integer, got 0');
    expect(() => distinctN([['a']], Number.NaN)).toThrow('got NaN');
    expect(() => distinctN(['a b' as unknown as string[]], 1)).toThrow('distinctN needs an array of token arrays, got "a b" at text 0');
    expect(() => distinctN([['a', 1 as unknown as string]], 1)).toThrow('distinctN needs string tokens, got 1 in text 0 at index 1');
  });
});
