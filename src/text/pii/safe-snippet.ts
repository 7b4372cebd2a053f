import { redactPii } from '../../text/pii/redact-pii.js';

/**
 * A row's text fit for flags and details in results.json: every PII finding replaced by its mask
 * (`redactPii`), at most 300 characters. Copies of real rows are shown only this way, so a copied
 * phone number or e-mail never reaches a report in full.
 */
export function snippet(text: string): string {
  const redacted = redactPii(text);
  return redacted.length <= 300 ? redacted : `${redacted.slice(0, 299)}…`;
}
