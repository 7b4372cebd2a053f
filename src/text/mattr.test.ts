import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { mattr } from './mattr.js';

// Reference: scripts/reference/lexical.py (a set per window, mean of the window TTRs), and the
// value printed in the LexicalRichness README. Python averages N−W+1 floats while mattr divides an
// exact integer sum once, so the two agree to rounding, not bit for bit.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/lexical.json', import.meta.url), 'utf8')) as {
  readme: { tokens: string[]; published: { mattr25: number } };
  synthetic: { tokens: string[]; mattr10: number; mattr50: number; ttr: number }[];
};
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-13 * Math.abs(expected));

describe('mattr()', () => {
  it('averages the TTR of every window of W consecutive tokens', () => {
    // windows aba (2), bac (3), aca (2): (2 + 3 + 2) / (3 · 3)
    expect(mattr(['a', 'b', 'a', 'c', 'a'], { window: 3 })).toBe(7 / 9);
  });

  it('gives the value printed in the LexicalRichness README (window 25: 0.8351515151515151)', () => {
    close(mattr(fixture.readme.tokens, { window: 25 }), fixture.readme.published.mattr25);
  });

  it('matches the Python reference on seeded Zipf texts for windows 10 and the default 50', () => {
    for (const c of fixture.synthetic) {
      close(mattr(c.tokens, { window: 10 }), c.mattr10);
      close(mattr(c.tokens), c.mattr50);
    }
  });

  it('is the TTR of the whole text when the text is shorter than the window', () => {
    expect(mattr(['a', 'b', 'a'], { window: 50 })).toBe(2 / 3);
    const short = fixture.synthetic.filter((c) => c.tokens.length < 50);
    expect(short.length).toBeGreaterThan(3);
    for (const c of short) expect(mattr(c.tokens)).toBe(c.ttr);
  });

  it('equals the TTR when the text is exactly one window long', () => {
    expect(mattr(['a', 'b', 'a', 'c'], { window: 4 })).toBe(0.75);
  });

  it('is 1 for a single token and 1/W for one token repeated', () => {
    expect(mattr(['solo'])).toBe(1);
    expect(mattr(Array(200).fill('a'), { window: 50 })).toBe(1 / 50);
  });

  it('slides over 1,000,000 tokens with window 500 (linear count): a period-5003 cycle scores 1', () => {
    // i·7919 mod 5003 (5003 prime) repeats only every 5003 tokens, so every window of 500 is
    // all distinct; a window of 5003 + 997 = 6000 holds each type once or twice (TTR 5003/6000)
    const tokens = Array.from({ length: 1_000_000 }, (_, i) => `w${(i * 7919) % 5003}`);
    expect(mattr(tokens, { window: 500 })).toBe(1);
    expect(mattr(tokens, { window: 6000 })).toBe(5003 / 6000);
  });

  it('refuses an empty array, a non-integer or non-positive window, and NaN', () => {
    expect(() => mattr([])).toThrow(InvalidArgumentError);
    expect(() => mattr(['a'], { window: 0 })).toThrow('mattr needs window to be a positive integer, got 0');
    expect(() => mattr(['a'], { window: 2.5 })).toThrow('mattr needs window to be a positive integer');
    expect(() => mattr(['a'], { window: Number.NaN })).toThrow('got NaN');
  });
});
