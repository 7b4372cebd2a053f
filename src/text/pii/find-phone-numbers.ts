import { requireText } from './require-text.js';
import type { PiiFinding } from './types.js';

// Not preceded by a digit, a '+', a currency sign (a price), or a digit and a decimal mark.
const LEFT = String.raw`(?<![\d+\p{Sc}]|\d[.,])`;
// Not followed by a digit, nor by a separator and a digit (the number goes on).
const RIGHT = String.raw`(?!\d|[.,-]\d)`;

interface Shape {
  pattern: RegExp;
  /** Digits that count (country code included, trunk '0' included, a "(0)" excluded). */
  digits: [number, number];
}

const shape = (body: string, digits: [number, number]): Shape => ({ pattern: new RegExp(LEFT + body + RIGHT, 'gu'), digits });

const SHAPES: Shape[] = [
  // International with '+': country code, then digits with single separators and an optional
  // "(0)" trunk marker or parenthesised area code; E.164 allows at most 15 digits.
  shape(String.raw`\+ ?[1-9](?:[ .\-]?\(\d{1,4}\)|[ .\-]?\d){6,18}`, [8, 15]),
  // International with the '00' exit code: a separator after the country code is required, so
  // that a plain long number starting with 00 is not taken for a phone.
  shape(String.raw`00[1-9]\d{0,2}[ .\-]\(?\d{1,5}\)?(?:[ .\-]?\d){4,14}`, [10, 17]),
  // NANP with a parenthesised area code: (415) 555-2671, +1 (415) 555 2671.
  shape(String.raw`(?:\+?1[ .\-]?)?\( ?[2-9]\d\d ?\)[ .\-]?[2-9]\d\d[ .\-]?\d{4}`, [10, 11]),
  // NANP with one separator kind throughout: 415-555-2671, 415.555.2671, 1 415 555 2671.
  shape(String.raw`(?:\+?1[ .\-])?[2-9]\d\d([ .\-])[2-9]\d\d\1\d{4}`, [10, 11]),
  // National numbers with a trunk prefix 0 (UK, Europe, Asia): 10 or 11 digits, written whole
  // (07700900123) or with single spaces, dots or dashes (020 7946 0958, 0871-872-9755).
  shape(String.raw`0[1-9](?:[ .\-]?\d){8,9}`, [10, 11]),
  // The same with the area code in parentheses: (020) 7946 0958.
  shape(String.raw`\(0[1-9]\d{1,4}\) ?\d(?:[ .\-]?\d){5,8}`, [10, 11]),
];

// Dates (day-month-year either way round, or year-month-day), optionally with a time's digits.
const DATE = /^(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([./-])\d{1,2}\2\d{1,2})(?: \d{1,4})?$/;

const countDigits = (s: string) => s.replace(/\(0\)/g, '').replace(/\D/g, '').length;

/**
 * Finds telephone numbers in a text, favouring precision over recall (a number flagged wrongly
 * makes a row look leaky). Matched shapes:
 *
 * - international: '+' and a country code, then digits with single spaces, dots or dashes and
 *   optional parenthesised parts ("+44 (0)20 7946 0958", "+1 (415) 555-2671",
 *   "+447700900123"), 8 to 15 digits (ITU-T E.164); or the '00' exit code with a separator after
 *   the country code ("0044 20 7946 0958");
 * - NANP: (NXX) NXX-XXXX, or NXX-NXX-XXXX with one separator kind throughout, optionally after
 *   "1" or "+1" (area code and exchange start with 2–9);
 * - national with a trunk prefix: '0' then a non-zero digit, 10 or 11 digits in all, written
 *   whole or grouped ("07700 900123", "020 7946 0958", "(020) 7946 0958", "0871-872-9755").
 *
 * Not matched: bare digit strings that do not start with '+' or '0' (order numbers, 10-digit
 * "4155552671"), short codes ("87121"), 7-digit local numbers ("555-0123"), dates
 * ("21-05-2021 12"), prices ("£0800", "$415 555 2671"), decimals, anything inside a longer
 * digit string. Letters may touch a number ("call09050000327", "…0075over18"), as they do in
 * text messages; digits may not.
 *
 * @param text - any string
 * @returns findings of kind 'phone' in order of position (overlapping shapes: the longest wins)
 * @throws InvalidArgumentError when `text` is not a string
 * @example
 * findPhoneNumbers('Call (415) 555-2671 or +44 20 7946 0958 by 21-05-2021');
 * // → [{ kind: 'phone', start: 5, end: 19, value: '(415) 555-2671' },
 * //    { kind: 'phone', start: 23, end: 39, value: '+44 20 7946 0958' }]
 */
export function findPhoneNumbers(text: string): PiiFinding[] {
  requireText(text, 'findPhoneNumbers');
  if (!/\d/.test(text)) return [];
  const candidates: PiiFinding[] = [];
  for (const { pattern, digits } of SHAPES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const value = m[0];
      const n = countDigits(value);
      if (n < digits[0] || n > digits[1] || DATE.test(value)) continue;
      candidates.push({ kind: 'phone', start: m.index, end: m.index + value.length, value });
    }
  }
  // Longest first, then earliest; keep those that overlap nothing kept.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PiiFinding[] = [];
  for (const c of candidates) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
