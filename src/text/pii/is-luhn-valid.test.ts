import { describe, expect, it } from 'vitest';
import { isLuhnValid } from './is-luhn-valid.js';
import { piiReference } from './reference.test-helper.js';

describe('isLuhnValid', () => {
  it.each(piiReference.luhn.map((c) => [c.digits, c.valid] as const))('%s → %s, as python-stdnum luhn.is_valid', (digits, valid) => {
    expect(isLuhnValid(digits)).toBe(valid);
  });

  it('accepts the worked example of Wikipedia (7992739871, check digit 3) and no other check digit', () => {
    const valid = Array.from({ length: 10 }, (_, d) => d).filter((d) => isLuhnValid(`7992739871${d}`));
    expect(valid).toEqual([3]);
  });

  it('refuses anything but digits, and the empty string', () => {
    expect(isLuhnValid('4111 1111 1111 1111')).toBe(false);
    expect(isLuhnValid('4111-1111-1111-1111')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });

  it('throws on a non-string', () => {
    expect(() => isLuhnValid(4111111111111111 as unknown as string)).toThrow(/isLuhnValid needs a string/);
  });
});
