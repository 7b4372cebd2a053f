import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './find-phone-numbers.js';
import { piiReference } from './reference.test-helper.js';

// Ofcom reserves 07700 900000–900999 for drama: libphonenumber's VALID leniency knows it is not
// allocated and skips it; we go by shape, since a made-up number in synthetic text looks as real.
const DRAMA = ['07700 900123', '+44 7700 900123'];

describe('findPhoneNumbers', () => {
  it.each(piiReference.phones.map((c) => [c.text, c] as const))('%s: the numbers libphonenumber finds', (text, c) => {
    const got = findPhoneNumbers(text).map((f) => f.value);
    const expected = [...c.found, ...DRAMA.filter((d) => text.includes(d))].sort((a, b) => text.indexOf(a) - text.indexOf(b));
    expect(got).toEqual(expected);
  });

  it('reports spans', () => {
    expect(findPhoneNumbers('Call (415) 555-2671 or +44 20 7946 0958 by 21-05-2021')).toEqual([
      { kind: 'phone', start: 5, end: 19, value: '(415) 555-2671' },
      { kind: 'phone', start: 23, end: 39, value: '+44 20 7946 0958' },
    ]);
  });

  it('finds numbers glued to letters, as text messages write them', () => {
    expect(findPhoneNumbers('To claim, call09050000327. T&C').map((f) => f.value)).toEqual(['09050000327']);
    expect(findPhoneNumbers('apply 08452810075over18s').map((f) => f.value)).toEqual(['08452810075']);
  });

  it('finds the trunk "(0)", a parenthesised area code and the 00 exit code', () => {
    expect(findPhoneNumbers('+44 (0)20 7946 0958').map((f) => f.value)).toEqual(['+44 (0)20 7946 0958']);
    expect(findPhoneNumbers('(020) 7946 0958').map((f) => f.value)).toEqual(['(020) 7946 0958']);
    expect(findPhoneNumbers('0044 20 7946 0958').map((f) => f.value)).toEqual(['0044 20 7946 0958']);
  });

  it.each([
    ['a bare 10-digit number', 'ref 4155552671'],
    ['a 12-digit number starting with 0', 'TsCs087147403231Win'],
    ['a short code', 'text 87121'],
    ['a 7-digit local number', 'dial 555-0123'],
    ['a date with a time', 'on 05-21-2021 12:30'],
    ['a year-first date', 'on 2021-05-21'],
    ['a price', 'only $415 555 2671 or £0800 123 4567'],
    ['a decimal', 'x = 0.2079460958'],
    ['a card number', '4111 1111 1111 1111'],
    ['a plus sign before a short number', 'score +1234'],
    ['mixed NANP separators', '415-555.2671'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('returns nothing for an empty text', () => {
    expect(findPhoneNumbers('')).toEqual([]);
  });
});
