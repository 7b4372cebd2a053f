import { redactPii } from './redact-pii.js';

/** Runs of 7 or more digits, possibly split by spaces, dots, dashes or brackets. */
const LONG_DIGITS = /\d(?:[\s().-]?\d){6,}/g;

/**
 * A row's text fit for flags and details in results.json and the reports: every PII finding
 * replaced by its mask (`redactPii`), then, to be safe where a detector cannot tell (a phone
 * number run into a price, "087187262701.50gbp"), every remaining run of seven or more digits
 * masked too, keeping its last two; at most 300 characters. Copies of real rows are shown only
 * this way, so a copied phone number or e-mail never reaches a report in full.
 *
 * @example
 * safeSnippet('2optout 087187262701.50gbp, or mail ann@example.org')
 * // → '2optout [digits ****50]gbp, or mail [email a***@***.org]'
 */
export function safeSnippet(text: string): string {
  const redacted = redactPii(text).replace(LONG_DIGITS, (run) => `[digits ****${run.replace(/\D/g, '').slice(-2)}]`);
  return redacted.length <= 300 ? redacted : `${redacted.slice(0, 299)}…`;
}
