import { describe, expect, it } from 'vitest';
import { findIpAddresses } from './find-ip-addresses.js';
import { piiReference } from './reference.test-helper.js';

// Valid addresses our precision rule leaves out: fewer than three groups spelled and no IPv4 tail.
const SHORTHANDS = new Set(['FF01::101', '::1', '::']);

describe('findIpAddresses', () => {
  it.each(piiReference.ips.map((c) => [c.text, c] as const))('%s: found exactly when Python’s ipaddress accepts it', (text, c) => {
    const kind = c.ipv4 ? 'ipv4' : c.ipv6 && !SHORTHANDS.has(text) ? 'ipv6' : null;
    const got = findIpAddresses(`host ${text} is up`);
    expect(got).toEqual(kind ? [{ kind, start: 5, end: 5 + text.length, value: text }] : []);
  });

  it('takes an IPv4 tail as part of its IPv6 address', () => {
    expect(findIpAddresses('::ffff:192.0.2.1')).toEqual([{ kind: 'ipv6', start: 0, end: 16, value: '::ffff:192.0.2.1' }]);
  });

  it('does not take versions, times or MAC addresses for addresses', () => {
    expect(findIpAddresses('v1.2.3.4 and 1.2.3.4.5')).toEqual([]);
    expect(findIpAddresses('at 10:30:45 on 12:00')).toEqual([]);
    expect(findIpAddresses('MAC 00:1A:2B:3C:4D:5E')).toEqual([]);
    expect(findIpAddresses('std::vector and abc::def')).toEqual([]);
  });

  it('finds an address at the end of a sentence and before a port', () => {
    expect(findIpAddresses('Ping 198.51.100.7.').map((f) => f.value)).toEqual(['198.51.100.7']);
    expect(findIpAddresses('http://203.0.113.5:8080/').map((f) => f.value)).toEqual(['203.0.113.5']);
  });

  it('returns nothing for an empty text', () => {
    expect(findIpAddresses('')).toEqual([]);
  });
});
