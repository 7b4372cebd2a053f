import { requireText } from './require-text.js';
import type { PiiFinding } from './types.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// Dotted quad, no leading zeros; not inside a longer dotted number (versions "1.2.3.4.5") or a word.
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
const IPV4_WHOLE = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
// Candidates for IPv6: hex digits, colons and (for an embedded IPv4 tail) dots, with two colons or more.
const IPV6_CANDIDATE = /(?<![\w:.])[0-9A-Fa-f:]*:(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]*)(?![\w:]|\.\w)/g;

/**
 * The 16-bit groups an IPv6 text spells out (an IPv4 tail counts two) and whether it has an IPv4
 * tail; groups 0 when it is not a valid RFC 4291 text form.
 */
function ipv6Groups(text: string): { groups: number; tail: boolean } {
  const invalid = { groups: 0, tail: false };
  let body = text;
  let tail = 0;
  const lastColon = body.lastIndexOf(':');
  const last = body.slice(lastColon + 1);
  if (last.includes('.')) {
    if (!IPV4_WHOLE.test(last)) return invalid;
    body = body.slice(0, lastColon + 1) + '0';
    tail = 1; // the IPv4 tail is two groups: one extra beyond the '0' put in its place
  }
  const halves = body.split('::');
  if (halves.length > 2) return invalid;
  const groupsOf = (half: string) => (half === '' ? [] : half.split(':'));
  const left = groupsOf(halves[0]);
  const right = halves.length === 2 ? groupsOf(halves[1]) : [];
  const all = [...left, ...right];
  if (all.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return invalid;
  const spelled = all.length + tail;
  const valid = halves.length === 1 ? spelled === 8 : spelled <= 7;
  return valid ? { groups: spelled, tail: tail === 1 } : invalid;
}

/**
 * Finds IPv4 and IPv6 addresses in a text.
 *
 * - IPv4: four decimal octets 0–255 joined by dots, without leading zeros ("010.1.1.1" is refused,
 *   as Python's `ipaddress` does since 3.9.5), not inside a longer dotted number ("1.2.3.4.5")
 *   nor glued to a letter ("v1.2.3.4" is a version).
 * - IPv6: the RFC 4291 §2.2 text forms (eight groups of 1–4 hex digits, one "::" for a run of
 *   zero groups, an IPv4 tail), checked as Python's `ipaddress.IPv6Address` checks them (no zone
 *   ids). For precision, an address must spell out at least three groups or end in an IPv4 tail:
 *   "::", "::1" and "fe80::1" are unspecified/loopback/link-local shorthands, and two-group
 *   strings such as "abc::def" are more often code than addresses.
 *
 * @param text - any string
 * @returns findings of kind 'ipv4' or 'ipv6' in order of position
 * @throws InvalidArgumentError when `text` is not a string
 * @example
 * findIpAddresses('from 192.0.2.33 and 2001:db8::8:800:200c:417a');
 * // → [{ kind: 'ipv4', start: 5, end: 15, value: '192.0.2.33' },
 * //    { kind: 'ipv6', start: 20, end: 45, value: '2001:db8::8:800:200c:417a' }]
 * findIpAddresses('version 1.2.3.4.5 at 10:30:45'); // → []
 */
export function findIpAddresses(text: string): PiiFinding[] {
  requireText(text, 'findIpAddresses');
  const out: PiiFinding[] = [];
  if (/\d\.\d/.test(text)) {
    IPV4.lastIndex = 0;
    for (let m = IPV4.exec(text); m !== null; m = IPV4.exec(text)) {
      out.push({ kind: 'ipv4', start: m.index, end: m.index + m[0].length, value: m[0] });
    }
  }
  if (text.includes(':')) {
    IPV6_CANDIDATE.lastIndex = 0;
    for (let m = IPV6_CANDIDATE.exec(text); m !== null; m = IPV6_CANDIDATE.exec(text)) {
      const { groups, tail } = ipv6Groups(m[0]);
      if (groups >= 3 || (tail && groups > 0)) {
        out.push({ kind: 'ipv6', start: m.index, end: m.index + m[0].length, value: m[0] });
      }
    }
  }
  // An IPv4 tail inside an IPv6 address is part of that address, not an address of its own.
  const v6 = out.filter((f) => f.kind === 'ipv6');
  return out
    .filter((f) => f.kind === 'ipv6' || !v6.some((g) => f.start >= g.start && f.end <= g.end))
    .sort((a, b) => a.start - b.start);
}
