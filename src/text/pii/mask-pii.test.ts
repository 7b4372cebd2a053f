import { describe, expect, it } from 'vitest';
import { findPii } from './find-pii.js';
import { maskPii } from './mask-pii.js';

const one = (text: string) => {
  const found = findPii(text);
  expect(found).toHaveLength(1);
  return maskPii(found[0]);
};

describe('maskPii', () => {
  it.each([
    ['jane.doe@example.com', 'email j***@***.com'],
    ['+1 (415) 555-2671', 'phone ****71'],
    ['4111 1111 1111 1111', 'card ****1111'],
    ['GB82 WEST 1234 5698 7654 32', 'iban GB****5432'],
    ['192.0.2.33', 'ipv4 ***.***.***.33'],
    ['2001:db8::8:800:200c:417a', 'ipv6 ****:417a'],
    ['::ffff:192.0.2.1', 'ipv6 ****:*.1'],
  ])('masks %s as %s', (value, masked) => {
    expect(one(value)).toBe(masked);
  });

  it('never shows more than four trailing characters of the value', () => {
    for (const value of ['anne.marie@example.org', '07911 123456', '378282246310005', 'NL91ABNA0417164300', '255.255.255.255']) {
      const masked = maskPii(findPii(value)[0]);
      const compact = value.replace(/[\s-]/g, '');
      const shown = masked.replace(/^\w+ /, '').replace(/[*.:@ ]/g, '');
      expect(compact.includes(shown) || shown.length <= 6).toBe(true);
      expect(masked).not.toContain(compact.slice(-5));
    }
  });

  it('throws on an unknown kind', () => {
    expect(() => maskPii({ kind: 'ssn' as never, start: 0, end: 1, value: 'x' })).toThrow(/maskPii knows the kinds/);
  });
});
