import { describe, expect, it } from 'vitest';
import { redactPii } from './redact-pii.js';

describe('redactPii', () => {
  it('replaces each finding by its mask in brackets', () => {
    expect(redactPii('Call 07700 900123 or mail ann@example.org')).toBe('Call [phone ****23] or mail [email a***@***.org]');
  });

  it('leaves a text without findings as it is, the empty text too', () => {
    expect(redactPii('Nothing to see here, 42 times.')).toBe('Nothing to see here, 42 times.');
    expect(redactPii('')).toBe('');
  });

  it('redacts only the kinds asked', () => {
    expect(redactPii('ann@example.org 192.0.2.1', { kinds: ['ipv4'] })).toBe('ann@example.org [ipv4 ***.***.***.1]');
  });
});
