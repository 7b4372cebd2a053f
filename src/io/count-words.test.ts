import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

// Expected values are Python 3.11.2 `len(s.split())` (checked with /usr/bin/python3 on these literals).
describe('countWords', () => {
  it('counts runs of non-whitespace, ignoring leading, trailing and repeated whitespace', () => {
    expect(countWords('  Ok lar...  Joking wif u oni... ')).toBe(6);
    expect(countWords('one')).toBe(1);
    expect(countWords('')).toBe(0);
    expect(countWords(' \t\r\n ')).toBe(0);
  });

  it('splits on the characters Python treats as whitespace, including U+001C–U+001F and NEL (U+0085)', () => {
    expect(countWords('a\u001cb\u001dc\u001ed\u001fe')).toBe(5);
    expect(countWords('next\u0085line')).toBe(2);
    expect(countWords('no\u00a0break\u2003em\u3000ideographic\u2028ls\u2029ps\u202fn\u205fm\u1680o')).toBe(9);
  });

  it('does not split on U+FEFF, zero-width space U+200B or U+180E (not whitespace in Python 3.11)', () => {
    expect(countWords('a\ufeffb\u200bc\u180ed')).toBe(1);
  });
});
