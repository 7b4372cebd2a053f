import { findPii, type FindPiiOptions } from './find-pii.js';
import { maskPii } from './mask-pii.js';
import { requireText } from './require-text.js';

/**
 * The text with every PII finding (`findPii`) replaced by its mask in brackets (`maskPii`), so
 * that example rows can be shown in reports and stored in results.json without the values.
 *
 * @param text - any string
 * @param options - the kinds to redact (default all)
 * @returns the redacted text (the text itself when nothing is found)
 * @throws InvalidArgumentError when `text` is not a string
 * @example
 * redactPii('Call 07700 900123 or mail ann@example.org');
 * // → 'Call [phone ****23] or mail [email a***@***.org]'
 */
export function redactPii(text: string, options: FindPiiOptions = {}): string {
  requireText(text, 'redactPii');
  const findings = findPii(text, options);
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += `${text.slice(at, f.start)}[${maskPii(f)}]`;
    at = f.end;
  }
  return out + text.slice(at);
}
