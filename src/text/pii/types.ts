/**
 * Kinds of personal data the PII detectors find. `phone` covers international (+CC or 00CC),
 * North American (NANP) and trunk-prefixed national (0…) numbers; `card` is a payment card number
 * passing the Luhn check; `iban` an IBAN passing the ISO 13616 mod-97 check.
 */
export type PiiKind = 'email' | 'phone' | 'card' | 'iban' | 'ipv4' | 'ipv6';

/**
 * One finding in a text: its kind, its UTF-16 span `[start, end)` and the matched text.
 * `value` is the full personal value: keep it in memory, never print or serialise it; show
 * `maskPii(finding)` instead.
 */
export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  value: string;
}

/** Every kind, in the order `findPii` resolves overlaps (earlier wins). */
export const PII_KINDS: readonly PiiKind[] = ['email', 'iban', 'card', 'ipv6', 'ipv4', 'phone'];
