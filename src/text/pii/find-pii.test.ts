import { describe, expect, it } from 'vitest';
import { findPii } from './find-pii.js';

describe('findPii', () => {
  it('finds each kind in one text, in order of position', () => {
    const text = 'Mail ann@example.org, IBAN DE89 3704 0044 0532 0130 00, tel +1 415 555 2671, card 4242-4242-4242-4242, host 203.0.113.9 / 2001:db8::8:800:200c:417a';
    expect(findPii(text).map((f) => [f.kind, f.value])).toEqual([
      ['email', 'ann@example.org'],
      ['iban', 'DE89 3704 0044 0532 0130 00'],
      ['phone', '+1 415 555 2671'],
      ['card', '4242-4242-4242-4242'],
      ['ipv4', '203.0.113.9'],
      ['ipv6', '2001:db8::8:800:200c:417a'],
    ]);
  });

  it('lets an IBAN win over the phone number its digits look like', () => {
    // "0044 0532 0130 00" alone is a phone number with the 00 exit code.
    expect(findPii('0044 0532 0130 00').map((f) => f.kind)).toEqual(['phone']);
    expect(findPii('DE89 3704 0044 0532 0130 00').map((f) => f.kind)).toEqual(['iban']);
  });

  it('lets an e-mail win over the number in its local part', () => {
    expect(findPii('07911123456@example.com').map((f) => f.kind)).toEqual(['email']);
  });

  it('looks only for the kinds asked, and an unwanted kind hides nothing', () => {
    expect(findPii('DE89 3704 0044 0532 0130 00 ann@example.org', { kinds: ['phone'] }).map((f) => f.value)).toEqual(['0044 0532 0130 00']);
    expect(() => findPii('x', { kinds: ['ssn' as never] })).toThrow(/findPii knows the kinds/);
  });

  it('finds nothing in plain text and in an empty text', () => {
    expect(findPii('Great phone, battery lasts 2 days, cost $49.99 on 12/05/2021.')).toEqual([]);
    expect(findPii('')).toEqual([]);
  });
});
