import { isLuhnValid } from './is-luhn-valid.js';
import { requireText } from './require-text.js';
import type { PiiFinding } from './types.js';

// Runs of digit groups joined by one space or one dash, not glued to a letter or digit.
const RUN = /(?<![\p{L}\p{N}])\d+(?:[ -]\d+)*(?![\p{L}\p{N}])/gu;

function isCard(groups: readonly string[], separators: readonly string[]): boolean {
  const digits = groups.join('');
  if (digits.length < 13 || digits.length > 19) return false;
  // ISO/IEC 7812 major industry identifier 2–6: the banking and financial networks (Visa 4,
  // Mastercard 2/5, Amex and Diners 3, Discover and UnionPay 6); 1, 7, 8, 9 and 0 are airlines,
  // petroleum, telecom, national use: long numbers of those kinds are not payment cards.
  if (digits[0] < '2' || digits[0] > '6') return false;
  if (groups.length > 1) {
    // Printed cards group by 3 to 6 digits (4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3) with one separator kind.
    if (groups.length > 5 || groups.some((g) => g.length < 3 || g.length > 6)) return false;
    if (separators.some((s) => s !== separators[0])) return false;
  }
  return isLuhnValid(digits);
}

/**
 * Finds payment card numbers (PANs) in a text: 13 to 19 digits, written contiguously or in groups
 * of 3 to 6 digits joined by single spaces or single dashes (one kind per number), starting with
 * a banking/financial major industry identifier (first digit 2–6, ISO/IEC 7812-1) and passing the
 * Luhn check. A run of groups longer than a card (a card number followed by a year, say) is
 * searched for its first card-shaped stretch of whole groups.
 *
 * Precision: one random digit string in ten passes Luhn, so a contiguous 13–19 digit number that
 * starts with 2–6 (an order number, an EAN-13 barcode) is taken for a card one time in ten.
 *
 * @param text - any string
 * @returns findings of kind 'card' in order of position (`value` as written)
 * @throws InvalidArgumentError when `text` is not a string
 * @example
 * findPaymentCards('card 4111 1111 1111 1111 exp 12/29');
 * // → [{ kind: 'card', start: 5, end: 24, value: '4111 1111 1111 1111' }]
 * findPaymentCards('order 4111111111111112'); // → [] (fails Luhn)
 */
export function findPaymentCards(text: string): PiiFinding[] {
  requireText(text, 'findPaymentCards');
  const out: PiiFinding[] = [];
  if (!/\d/.test(text)) return out;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const groups = m[0].split(/[ -]/);
    const separators = m[0].match(/[ -]/g) ?? [];
    // Offsets of each group inside the run.
    const starts: number[] = [];
    let at = 0;
    for (const g of groups) {
      starts.push(at);
      at += g.length + 1;
    }
    let i = 0;
    while (i < groups.length) {
      let found = -1;
      // Longest card-shaped stretch of whole groups starting at group i.
      for (let j = groups.length; j > i; j--) {
        if (isCard(groups.slice(i, j), separators.slice(i, j - 1))) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        i++;
        continue;
      }
      const start = m.index + starts[i];
      const end = m.index + starts[found - 1] + groups[found - 1].length;
      out.push({ kind: 'card', start, end, value: text.slice(start, end) });
      i = found;
    }
  }
  return out;
}
