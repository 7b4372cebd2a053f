import { InvalidArgumentError } from '../../core/errors.js';
import type { PiiFinding } from './types.js';

const tail = (s: string, n: number) => s.slice(Math.max(0, s.length - n));

/**
 * A masked form of a finding, safe to print, log and store in results.json: its kind and at most
 * the last 2–4 characters of the value, behind a fixed number of stars so the length does not
 * leak either.
 *
 * | kind  | shows                                      | example                          |
 * |-------|--------------------------------------------|----------------------------------|
 * | email | first letter of the local part, the TLD    | `email j***@***.com`             |
 * | phone | last 2 digits                              | `phone ****71`                   |
 * | card  | last 4 digits (as PCI DSS allows)          | `card ****1111`                  |
 * | iban  | country code, last 4 characters            | `iban GB****5432`                |
 * | ipv4  | last octet                                 | `ipv4 ***.***.***.33`            |
 * | ipv6  | last 1–4 hex digits                        | `ipv6 ****:417a`                 |
 *
 * @param finding - a finding from `findPii` or one of the detectors
 * @returns the masked text, e.g. "card ****1111"
 * @throws InvalidArgumentError for an unknown kind
 * @example
 * maskPii({ kind: 'email', start: 0, end: 20, value: 'jane.doe@example.com' }); // → 'email j***@***.com'
 * maskPii({ kind: 'card', start: 0, end: 19, value: '4111 1111 1111 1111' });  // → 'card ****1111'
 */
export function maskPii(finding: PiiFinding): string {
  const { kind, value } = finding;
  const digits = value.replace(/\D/g, '');
  switch (kind) {
    case 'email': {
      const at = value.lastIndexOf('@');
      const tld = value.slice(value.lastIndexOf('.') + 1);
      return `email ${value[0]}***@***.${at > 0 ? tld : ''}`;
    }
    case 'phone':
      return `phone ****${tail(digits, 2)}`;
    case 'card':
      return `card ****${tail(digits, 4)}`;
    case 'iban': {
      const compact = value.replace(/ /g, '').toUpperCase();
      return `iban ${compact.slice(0, 2)}****${tail(compact, 4)}`;
    }
    case 'ipv4':
      return `ipv4 ***.***.***.${value.slice(value.lastIndexOf('.') + 1)}`;
    case 'ipv6': {
      const last = value.slice(value.lastIndexOf(':') + 1);
      // An IPv4 tail shows its last octet only.
      return `ipv6 ****:${last.includes('.') ? `*.${last.slice(last.lastIndexOf('.') + 1)}` : tail(last, 4)}`;
    }
    default:
      throw new InvalidArgumentError(`maskPii knows the kinds email, phone, card, iban, ipv4, ipv6, got ${String(kind)}`);
  }
}
