import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { msttr } from './msttr.js';

// Reference: scripts/reference/lexical.py (mean TTR of complete segments) and the LexicalRichness README.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/lexical.json', import.meta.url), 'utf8')) as {
  readme: { tokens: string[]; published: { msttr25: number } };
  synthetic: { tokens: string[]; msttr10: number; msttr50: number; ttr: number }[];
};
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-13 * Math.abs(expected));

describe('msttr()', () => {
  it('averages the TTR of complete segments and drops the remainder', () => {
    // segments aba (2/3) and ccc (1/3); the trailing d is dropped
    expect(msttr(['a', 'b', 'a', 'c', 'c', 'c', 'd'], { window: 3 })).toBe(0.5);
  });

  it('gives the value printed in the LexicalRichness README (segments of 25: 0.88)', () => {
    // 57 tokens: two segments of 25, the last 7 dropped (LexicalRichness discard=True)
    close(msttr(fixture.readme.tokens, { window: 25 }), fixture.readme.published.msttr25);
  });

  it('matches the Python reference on seeded Zipf texts for segments of 10 and the default 50', () => {
    for (const c of fixture.synthetic) {
      close(msttr(c.tokens, { window: 10 }), c.msttr10);
      close(msttr(c.tokens), c.msttr50);
    }
  });

  it('keeps the last segment when the length is an exact multiple of the segment length', () => {
    // aa (1/2) and bc (1): both complete, nothing to drop (LexicalRichness would drop bc)
    expect(msttr(['a', 'a', 'b', 'c'], { window: 2 })).toBe(0.75);
  });

  it('is the TTR of the whole text when there is no complete segment', () => {
    expect(msttr(['a', 'b', 'a'], { window: 50 })).toBe(2 / 3);
  });

  it('is 1 for a single token and 1/W for one token repeated', () => {
    expect(msttr(['solo'])).toBe(1);
    expect(msttr(Array(120).fill('a'), { window: 50 })).toBe(1 / 50);
  });

  it('refuses an empty array and a bad window', () => {
    expect(() => msttr([])).toThrow(InvalidArgumentError);
    expect(() => msttr([])).toThrow('msttr needs at least one token');
    expect(() => msttr(['a'], { window: -1 })).toThrow('msttr needs window to be a positive integer, got -1');
  });
});
