import { IBAN_LENGTHS } from './iban-lengths.js';
import { isValidIban } from './is-valid-iban.js';
import { requireText } from './require-text.js';
import type { PiiFinding } from './types.js';

const START = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}/g;
const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * Finds IBANs in a text: a country code and two check digits, then exactly the registry length
 * of that country in letters and digits, in the electronic form ("GB82WEST12345698765432") or a
 * printed one with single spaces between groups of two or more characters ("GB82 WEST 1234 5698
 * 7654 32", "BR15 0000 0000 0000 1093 2840 814 P2"), not glued to a letter or digit on either
 * side, and passing `isValidIban` (length and ISO 13616 mod-97).
 * The fixed length per country is what tells where an IBAN ends when a word follows it.
 *
 * @param text - any string
 * @returns findings of kind 'iban' in order of position (`value` as written, spaces included)
 * @throws InvalidArgumentError when `text` is not a string
 * @example
 * findIbans('Pay to DE89 3704 0044 0532 0130 00 today');
 * // → [{ kind: 'iban', start: 7, end: 34, value: 'DE89 3704 0044 0532 0130 00' }]
 * findIbans('DE89 3704 0044 0532 0130 01'); // → [] (check digits do not match)
 */
export function findIbans(text: string): PiiFinding[] {
  requireText(text, 'findIbans');
  const out: PiiFinding[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const length = IBAN_LENGTHS.get(m[0].slice(0, 2).toUpperCase());
    if (length === undefined) continue;
    let count = 4;
    let chunk = 4;
    let i = m.index + 4;
    while (count < length && i < text.length) {
      const c = text[i];
      if (c === ' ' && chunk >= 2 && isAlnum(text[i + 1])) {
        chunk = 0;
        i++;
      } else if (isAlnum(c)) {
        count++;
        chunk++;
        i++;
      } else break;
    }
    if (count !== length || isAlnum(text[i])) continue;
    const value = text.slice(m.index, i);
    if (!isValidIban(value)) continue;
    out.push({ kind: 'iban', start: m.index, end: i, value });
    START.lastIndex = i;
  }
  return out;
}
