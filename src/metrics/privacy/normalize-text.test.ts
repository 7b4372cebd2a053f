import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';

describe('normalizeText', () => {
  it('lowercases, collapses whitespace runs (tabs, newlines, no-break spaces) and trims', () => {
    expect(normalizeText('  Call ME\n\tlater. ')).toBe('call me later.');
    expect(normalizeText('A\u00a0\u2003B')).toBe('a b');
  });

  it('keeps punctuation and accents', () => {
    expect(normalizeText('Call me!')).not.toBe(normalizeText('Call me.'));
    expect(normalizeText('Café')).toBe('café');
  });

  it('maps a blank text to the empty string', () => {
    expect(normalizeText(' \n ')).toBe('');
  });
});
