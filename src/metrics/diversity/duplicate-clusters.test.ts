import { describe, expect, it } from 'vitest';
import { exactDuplicates } from './duplicate-clusters.js';
import { normalizeForDuplicates } from './normalize-for-duplicates.js';

describe('normalizeForDuplicates()', () => {
  it('lowercases, collapses every run of whitespace (tabs, newlines, no-break spaces) to one space and trims', () => {
    expect(normalizeForDuplicates('  Great\tFILM!\n')).toBe('great film!');
    expect(normalizeForDuplicates('a\u00a0\u2003 b\r\nc')).toBe('a b c');
  });

  it('keeps punctuation and accents: "Great film." is not "great film!", "café" is not "cafe"', () => {
    expect(normalizeForDuplicates('Great film.')).not.toBe(normalizeForDuplicates('great film!'));
    expect(normalizeForDuplicates('Café')).toBe('café');
  });

  it('maps an empty or blank text to the empty string', () => {
    expect(normalizeForDuplicates(' \t ')).toBe('');
  });
});

describe('exactDuplicates()', () => {
  it('marks every row whose key repeats an earlier one and groups each cluster under its first row', () => {
    expect(exactDuplicates(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual({
      repeats: Uint8Array.of(0, 0, 1, 0, 1, 1),
      clusters: [
        { first: 0, repeats: [2, 5] },
        { first: 1, repeats: [4] },
      ],
    });
  });

  it('finds nothing in distinct keys, or in no keys', () => {
    expect(exactDuplicates(['a', 'b'])).toEqual({ repeats: Uint8Array.of(0, 0), clusters: [] });
    expect(exactDuplicates([])).toEqual({ repeats: new Uint8Array(0), clusters: [] });
  });

  it('counts c − 1 repeats for c identical rows', () => {
    const got = exactDuplicates(Array(5).fill('same'));
    expect(got.repeats.reduce((s, x) => s + x, 0)).toBe(4);
    expect(got.clusters).toEqual([{ first: 0, repeats: [1, 2, 3, 4] }]);
  });
});
