import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS } from './iban-lengths.js';
import { isValidIban } from './is-valid-iban.js';
import { piiReference } from './reference.test-helper.js';

describe('isValidIban', () => {
  it.each(piiReference.ibans.map((c) => [c.text, c.lengthOk && c.mod97Ok] as const))(
    '%s → %s, as stdnum’s length table and iso7064.mod_97_10',
    (text, valid) => {
      expect(isValidIban(text)).toBe(valid);
    },
  );

  it('agrees with stdnum’s full iban.is_valid on every reference example (their BBAN structure is right)', () => {
    for (const c of piiReference.ibans) expect(isValidIban(c.text)).toBe(c.stdnumValid);
  });

  it('has the length of every country in the SWIFT registry as stdnum 1.18 ships it', () => {
    for (const [country, length] of Object.entries(piiReference.ibanLengths)) expect([country, IBAN_LENGTHS.get(country)]).toEqual([country, length]);
    // Later registry additions, beyond stdnum 1.18's copy.
    const extra = [...IBAN_LENGTHS.keys()].filter((c) => !(c in piiReference.ibanLengths)).sort();
    expect(extra).toEqual(['FK', 'HN', 'MN', 'NI', 'OM', 'SO', 'YE']);
  });

  it('accepts the SWIFT registry examples of the countries added after stdnum 1.18', () => {
    for (const iban of ['FK88SC123456789012', 'HN88CABF00000000000250005469', 'MN121234123456789123', 'NI45BAPR00000013000003558124', 'OM810180000001299123456', 'SO211000001001000100141', 'YE15CBYE0001018861234567891234']) {
      expect(isValidIban(iban)).toBe(true);
    }
  });

  it('refuses a right check sum at the wrong length, punctuation, and the empty string', () => {
    expect(isValidIban('GB82-WEST-1234-5698-7654-32')).toBe(false);
    expect(isValidIban('')).toBe(false);
    expect(isValidIban('GB82')).toBe(false);
  });

  it('throws on a non-string', () => {
    expect(() => isValidIban(null as unknown as string)).toThrow(/isValidIban needs a string/);
  });
});
