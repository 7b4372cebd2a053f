import { describe, expect, it } from 'vitest';
import { estimateCost } from './estimate-cost.js';
import { estimateTokens } from './estimate-tokens.js';
import { requestHash } from './request-hash.js';

describe('estimateTokens', () => {
  it('counts ⌈characters / 4⌉ per message plus 3 per message and 3 for the reply (OpenAI Cookbook overheads)', () => {
    expect(estimateTokens([{ role: 'user', content: 'Write one positive review.' }])).toBe(13); // ⌈26/4⌉ = 7, + 3 + 3
    expect(estimateTokens([
      { role: 'system', content: 'abcd' },
      { role: 'user', content: 'abcde' },
    ])).toBe(3 + (3 + 1) + (3 + 2));
    expect(estimateTokens('abcdefgh')).toBe(2);
    expect(estimateTokens([])).toBe(3);
  });
});

describe('estimateCost', () => {
  it('prices tokens per million', () => {
    expect(estimateCost(12_000, 3_000, { inputPerMillion: 0.15, outputPerMillion: 0.6, currency: 'USD' })).toBeCloseTo(0.0036, 15);
    expect(estimateCost(0, 0, { inputPerMillion: 5, outputPerMillion: 15, currency: 'USD' })).toBe(0);
  });
});

describe('requestHash', () => {
  it('does not depend on key order or undefined members, and is SHA-256 hex', () => {
    expect(requestHash({ b: 1, a: [1, { y: 2, x: undefined, z: 'q' }] })).toBe(requestHash({ a: [1, { z: 'q', y: 2 }], b: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
    // sha256('{"a":1}') computed with `printf '{"a":1}' | sha256sum`
    expect(requestHash({ a: 1 })).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  });
});
