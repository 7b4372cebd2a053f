import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { mtld, type MtldResult } from './mtld.js';

// Reference: scripts/reference/lexical.py re-implements LexicalRichness 0.5 LexicalRichness.mtld
// and lexical_diversity 0.1.1 lex_div.mtld in plain Python (checked there against the value the
// LexicalRichness README prints). The float operations are the same, so values match exactly.
type Keyed = Record<string, MtldResult>;
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/lexical.json', import.meta.url), 'utf8')) as {
  readme: { tokens: string[]; published: { mtld: number }; mtldForwardBackward: MtldResult; mtldLexicalDiversity: MtldResult };
  synthetic: ({ tokens: string[] } & Keyed)[];
};

const t18 = Array.from({ length: 18 }, (_, i) => `t${i}`);

describe('mtld()', () => {
  it('counts a factor each time the running TTR falls to 0.72 and divides tokens by factors', () => {
    // a b a → TTR 2/3 closes a factor; b a b closes another: 6 tokens / 2 factors
    expect(mtld(['a', 'b', 'a', 'b', 'a', 'b'])).toEqual({ mtld: 3, forward: 3, backward: 3 });
  });

  it('closes a factor when the running TTR reaches 0.72 (lexicalrichness: ≤)', () => {
    // 18 distinct then t0…t7: TTR is 18/25 = 0.72 exactly at token 25, so a factor closes there;
    // the tail "t7" has TTR 1 and adds (1 − 1)/0.28 = 0 factors: 26 / 1
    const tokens = [...t18, ...t18.slice(0, 8)];
    expect(mtld(tokens).forward).toBe(26);
  });

  it('does not close a factor at exactly 0.72 in the lexical-diversity variant (<)', () => {
    // the same 26 tokens form one tail: TTR 18/26, factors (1 − 18/26)/(1 − 0.72)
    const tokens = [...t18, ...t18.slice(0, 8)];
    expect(mtld(tokens, { variant: 'lexical-diversity' }).forward).toBe(26 / ((1 - 18 / 26) / (1 - 0.72)));
  });

  it('never closes a factor at the last token in the lexical-diversity variant', () => {
    // 25 tokens reaching TTR 18/25 at the end: lexicalrichness closes 1 factor there (25 / 1);
    // lexical-diversity makes it the tail: (1 − 0.72)/(1 − 0.72) = 1 factor, also 25
    const tokens = [...t18, ...t18.slice(0, 7)];
    expect(mtld(tokens).forward).toBe(25);
    expect(mtld(tokens, { variant: 'lexical-diversity' }).forward).toBe(25);
    // one more repeat (t0 again, 19 → TTR 18/26 < 0.72 at the last token): still only the tail
    const longer = [...t18, ...t18.slice(0, 7), 't0'];
    expect(mtld(longer, { variant: 'lexical-diversity' }).forward).toBe(26 / ((1 - 18 / 26) / (1 - 0.72)));
  });

  it('requires factors of at least 10 tokens in the lexical-diversity variant', () => {
    const same = Array(20).fill('a');
    // lexicalrichness: every "a a" closes at TTR 0.5 → 10 factors → 2
    expect(mtld(same).mtld).toBe(2);
    // lexical-diversity: one factor at token 10, tail of 10 with TTR 0.1 → 1 + 0.9/0.28 factors
    expect(mtld(same, { variant: 'lexical-diversity' }).mtld).toBe(20 / (1 + (1 - 0.1) / (1 - 0.72)));
  });

  it('counts the leftover stretch as a partial factor (1 − TTR)/(1 − threshold)', () => {
    // a b a | b c: one factor, tail "b c" has TTR 1 → +0 → 5 / 1; backward c b | a b a:
    // c b a b → TTR 3/4 > 0.72, then a → 3/5 closes at token 5 → 5 / 1
    expect(mtld(['a', 'b', 'a', 'b', 'c'])).toEqual({ mtld: 5, forward: 5, backward: 5 });
    // a b a | b c d b: the tail's running TTR is 1, 1, 1, 3/4 and never falls to 0.72,
    // so it adds (1 − 0.75)/(1 − 0.72) = 0.893 factors
    expect(mtld(['a', 'b', 'a', 'b', 'c', 'd', 'b']).forward).toBe(7 / (1 + (1 - 0.75) / (1 - 0.72)));
  });

  it('scores a text whose vocabulary never repeats as N (lexicalrichness) or 0 (lexical-diversity)', () => {
    const distinct = ['a', 'b', 'c', 'd'];
    expect(mtld(distinct)).toEqual({ mtld: 4, forward: 4, backward: 4 });
    expect(mtld(distinct, { variant: 'lexical-diversity' })).toEqual({ mtld: 0, forward: 0, backward: 0 });
  });

  it('handles a single token: 1 (lexicalrichness) or 0 (lexical-diversity)', () => {
    expect(mtld(['solo']).mtld).toBe(1);
    expect(mtld(['solo'], { variant: 'lexical-diversity' }).mtld).toBe(0);
  });

  it('averages the forward and the backward pass', () => {
    const { mtld: score, forward, backward } = mtld(fixture.readme.tokens);
    expect(forward).not.toBe(backward);
    expect(score).toBe((forward + backward) / 2);
  });

  it('gives the value printed in the LexicalRichness README (46.79226361031519)', () => {
    expect(mtld(fixture.readme.tokens).mtld).toBe(fixture.readme.published.mtld);
    expect(mtld(fixture.readme.tokens)).toEqual(fixture.readme.mtldForwardBackward);
    expect(mtld(fixture.readme.tokens, { variant: 'lexical-diversity' })).toEqual(fixture.readme.mtldLexicalDiversity);
  });

  it.each([
    ['lexicalrichness', 0.72],
    ['lexical-diversity', 0.72],
    ['lexicalrichness', 0.6],
    ['lexical-diversity', 0.6],
  ] as const)('matches the Python reference of the %s variant at threshold %s on seeded Zipf texts', (variant, threshold) => {
    for (const c of fixture.synthetic) {
      expect(mtld(c.tokens, { variant, threshold })).toEqual(c[`mtld_${variant}_${threshold}`]);
    }
  });

  it('refuses an empty array, a threshold outside (0, 1) or NaN, and an unknown variant', () => {
    expect(() => mtld([])).toThrow(InvalidArgumentError);
    expect(() => mtld([])).toThrow('mtld needs at least one token');
    expect(() => mtld(['a'], { threshold: 1 })).toThrow('mtld needs a threshold in (0, 1), got 1');
    expect(() => mtld(['a'], { threshold: 0 })).toThrow('got 0');
    expect(() => mtld(['a'], { threshold: Number.NaN })).toThrow('got NaN');
    expect(() => mtld(['a'], { variant: 'taaled' as 'lexicalrichness' })).toThrow(
      `mtld needs variant 'lexicalrichness' or 'lexical-diversity', got "taaled"`,
    );
  });
});
