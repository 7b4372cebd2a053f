import { requireText } from './require-text.js';

/**
 * Whether a string of decimal digits passes the Luhn (mod 10) check, ISO/IEC 7812-1 Annex B:
 * from the rightmost digit (the check digit) leftwards, every second digit is doubled (and 9
 * subtracted when the double exceeds 9); the number is valid when the sum is a multiple of 10.
 * Same answers as python-stdnum 1.18 `stdnum.luhn.is_valid` on digit strings
 * (scripts/reference/pii.py).
 *
 * Only digits are accepted: strip spaces and dashes first. An empty string is not valid.
 *
 * @param digits - decimal digits, e.g. '4111111111111111'
 * @returns true when the check sum is 0 mod 10
 * @throws InvalidArgumentError when `digits` is not a string
 * @example
 * isLuhnValid('79927398713'); // → true  (the worked example of Luhn's algorithm on Wikipedia)
 * isLuhnValid('79927398710'); // → false
 * isLuhnValid('4111 1111');   // → false (not only digits)
 */
export function isLuhnValid(digits: string): boolean {
  requireText(digits, 'isLuhnValid');
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
