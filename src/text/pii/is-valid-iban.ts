import { IBAN_LENGTHS } from './iban-lengths.js';
import { requireText } from './require-text.js';

/**
 * Whether a string is a valid IBAN under ISO 13616: a known country code, the registry's length
 * for that country, alphanumeric, and the ISO 7064 MOD 97-10 check (move the first four
 * characters to the end, replace letters by 10…35, the number mod 97 must be 1).
 *
 * Spaces are ignored (the printed form groups by four: "GB82 WEST 1234 5698 7654 32") and
 * letters may be in either case. The BBAN's inner structure (which positions are letters or
 * digits) is not checked, so this accepts a little more than python-stdnum's `iban.is_valid`; it
 * agrees with stdnum 1.18's length table and `iso7064.mod_97_10` (scripts/reference/pii.py).
 *
 * @param text - a candidate IBAN
 * @returns true when the country, length and check digits are right
 * @throws InvalidArgumentError when `text` is not a string
 * @example
 * isValidIban('GB82 WEST 1234 5698 7654 32'); // → true  (the worked example on Wikipedia's IBAN page)
 * isValidIban('GB82 TEST 1234 5698 7654 32'); // → false (check digits do not match)
 * isValidIban('XX82WEST12345698765432');      // → false (no such country)
 */
export function isValidIban(text: string): boolean {
  const iban = requireText(text, 'isValidIban').replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (IBAN_LENGTHS.get(iban.slice(0, 2)) !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    // A digit shifts the remainder by one place; a letter (A…Z → 10…35) by two.
    if (c <= 57) rest = (rest * 10 + (c - 48)) % 97;
    else {
      const v = c - 55;
      rest = (rest * 100 + v) % 97;
    }
  }
  return rest === 1;
}
