import { requireText } from './require-text.js';
import type { PiiFinding } from './types.js';

// Local part: RFC 5322 dot-atom characters most mail systems accept, starting and ending with a
// letter or digit; domain: LDH labels (RFC 1035), a letters-only top-level label of 2–24.
const EMAIL =
  /(?<![\w.%+'-])[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/g;

/**
 * Finds e-mail addresses in a text: ASCII `local@domain.tld` where the local part is letters,
 * digits and `._%+'-` (no two dots in a row, not starting with a dot), the domain is dot-separated
 * labels of letters, digits and inner hyphens (RFC 1035) ending in a letters-only top-level label
 * of 2–24 letters. Quoted local parts, IP-literal domains and internationalised addresses are not
 * matched (rare in running text); a trailing sentence dot is not part of the address.
 *
 * @param text - any string
 * @returns findings of kind 'email' in order of position
 * @throws InvalidArgumentError when `text` is not a string
 * @example
 * findEmails('Write to jane.doe+news@mail.example.co.uk.');
 * // → [{ kind: 'email', start: 9, end: 41, value: 'jane.doe+news@mail.example.co.uk' }]
 * findEmails('user@localhost or a@b'); // → [] (no top-level domain)
 */
export function findEmails(text: string): PiiFinding[] {
  requireText(text, 'findEmails');
  const out: PiiFinding[] = [];
  if (!text.includes('@')) return out;
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    if (m[0].slice(0, m[0].indexOf('@')).includes('..')) continue;
    out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return out;
}
