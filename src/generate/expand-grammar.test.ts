import { describe, expect, it } from 'vitest';
import { SynthscopeError } from '../core/errors.js';
import { createRng } from '../core/rng.js';
import { expandGrammar } from './expand-grammar.js';
import { slotReferences } from './slot-references.js';

const context = (grammar: Record<string, string[]>, variables: Record<string, string | (() => string)> = {}, seed = 1) => ({
  grammar,
  variables,
  rng: createRng(seed),
  memo: new Map<string, string>(),
});

describe('expandGrammar', () => {
  it('keeps a symbol\'s value for the whole item: {name} twice gives the same text', () => {
    const digits = { d: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] };
    for (let seed = 0; seed < 20; seed++) {
      const [a, b] = expandGrammar('{d}-{d}', context(digits, {}, seed)).split('-');
      expect(a).toBe(b);
    }
  });

  it('draws {name!} afresh each time', () => {
    const digits = { d: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] };
    const outs = Array.from({ length: 20 }, (_, seed) => expandGrammar('{d!}{d!}{d!}{d!}', context(digits, {}, seed)));
    // With memo, every string would be one repeated digit; fresh draws vary within a string.
    expect(outs.some((s) => new Set(s).size > 1)).toBe(true);
  });

  it('expands nested symbols and variables, which win over nothing else and are called lazily once', () => {
    let calls = 0;
    const text = expandGrammar('{greeting}, {who}! {s} {s}', context({ greeting: ['Hello {who}'] }, { who: 'Ada', s: () => `s${++calls}` }));
    expect(text).toBe('Hello Ada, Ada! s1 s1');
    expect(calls).toBe(1);
  });

  it('writes {{ and }} as literal braces', () => {
    expect(expandGrammar('{{x}} {a}', context({ a: ['A'] }))).toBe('{x} A');
    expect(slotReferences('{{x}} {a} {b!}')).toEqual([
      { name: 'a', fresh: false },
      { name: 'b', fresh: true },
    ]);
  });

  it('gives the same text for the same seed', () => {
    const g = { a: ['x', 'y', 'z'], b: ['{a} {a!}', '{a!} {a!}'] };
    expect(expandGrammar('{b} {b!}', context(g, {}, 77))).toBe(expandGrammar('{b} {b!}', context(g, {}, 77)));
  });

  it('refuses an unknown symbol and a runaway recursion', () => {
    expect(() => expandGrammar('{nope}', context({}))).toThrow(SynthscopeError);
    expect(() => expandGrammar('{a}', context({ a: ['{a!}'] }))).toThrow(/deeper than 32/);
  });
});
