import { InvalidArgumentError } from '../../core/errors.js';
import { findEmails } from './find-emails.js';
import { findIbans } from './find-ibans.js';
import { findIpAddresses } from './find-ip-addresses.js';
import { findPaymentCards } from './find-payment-cards.js';
import { findPhoneNumbers } from './find-phone-numbers.js';
import { requireText } from './require-text.js';
import { PII_KINDS, type PiiFinding, type PiiKind } from './types.js';

export interface FindPiiOptions {
  /** Kinds to look for; default all of them (`PII_KINDS`). */
  kinds?: readonly PiiKind[];
}

const DETECTORS: Record<PiiKind, (text: string) => PiiFinding[]> = {
  email: findEmails,
  iban: findIbans,
  card: findPaymentCards,
  ipv6: findIpAddresses,
  ipv4: findIpAddresses,
  phone: findPhoneNumbers,
};

/**
 * Runs the PII detectors over a text and returns their findings without overlaps. Where two
 * findings overlap, the more specific kind wins, in this order: email, IBAN, card, IPv6, IPv4,
 * phone (the digits of a printed IBAN or of an e-mail's local part also look like a phone
 * number; an IBAN, a Luhn-valid card and an e-mail are the stronger evidence). See each
 * detector for what it matches: `findEmails`, `findIbans`, `findPaymentCards`,
 * `findIpAddresses`, `findPhoneNumbers`.
 *
 * @param text - any string
 * @returns findings in order of position
 * @throws InvalidArgumentError when `text` is not a string or a kind is unknown
 * @example
 * findPii('Mail ann@example.org, IBAN DE89 3704 0044 0532 0130 00, tel +1 415 555 2671');
 * // → [{ kind: 'email', start: 5, end: 20, value: 'ann@example.org' },
 * //    { kind: 'iban', start: 27, end: 54, value: 'DE89 3704 0044 0532 0130 00' },
 * //    { kind: 'phone', start: 60, end: 75, value: '+1 415 555 2671' }]
 */
export function findPii(text: string, options: FindPiiOptions = {}): PiiFinding[] {
  requireText(text, 'findPii');
  const kinds = options.kinds ?? PII_KINDS;
  for (const k of kinds) {
    if (!PII_KINDS.includes(k)) throw new InvalidArgumentError(`findPii knows the kinds ${PII_KINDS.join(', ')}, got ${String(k)}`);
  }
  const wanted = new Set(kinds);
  const all: PiiFinding[] = [];
  const ran = new Set<(text: string) => PiiFinding[]>();
  for (const kind of PII_KINDS) {
    const detect = DETECTORS[kind];
    if (!wanted.has(kind) || ran.has(detect)) continue;
    ran.add(detect);
    all.push(...detect(text));
  }
  // Every kind's findings are overlap-free among themselves; between kinds the earlier in
  // PII_KINDS wins. Only the wanted kinds compete (an unwanted IBAN hides no phone number).
  const rank = (f: PiiFinding) => PII_KINDS.indexOf(f.kind);
  const kept: PiiFinding[] = [];
  for (const f of all.filter((x) => wanted.has(x.kind)).sort((a, b) => rank(a) - rank(b) || a.start - b.start)) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
