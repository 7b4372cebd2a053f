import { describe, expect, it } from 'vitest';
import { findPaymentCards } from './find-payment-cards.js';
import { piiReference } from './reference.test-helper.js';

// Published test card numbers of 13–19 digits starting with 2–6 (Stripe, PayPal) and altered ones;
// stdnum's Luhn verdict decides which are found.
const cards = piiReference.luhn.filter((c) => c.digits.length >= 13 && /^[2-6]/.test(c.digits));

describe('findPaymentCards', () => {
  it('has Luhn-valid and Luhn-invalid test numbers to look at', () => {
    expect(cards.filter((c) => c.valid).length).toBe(19);
    expect(cards.filter((c) => !c.valid).length).toBe(4);
  });

  it.each(cards.map((c) => [c.digits, c.valid] as const))('finds %s written whole exactly when stdnum says Luhn-valid (%s)', (digits, valid) => {
    expect(findPaymentCards(`card no. ${digits}, thanks`)).toEqual(valid ? [{ kind: 'card', start: 9, end: 9 + digits.length, value: digits }] : []);
  });

  it('finds printed forms: 4-4-4-4 with spaces or dashes, Amex 4-6-5, Diners 4-6-4', () => {
    for (const value of ['4111 1111 1111 1111', '5555-5555-5555-4444', '3782 822463 10005', '3056 930902 5904']) {
      expect(findPaymentCards(`pay with ${value} now`)).toEqual([{ kind: 'card', start: 9, end: 9 + value.length, value }]);
    }
  });

  it('finds the card before an expiry year written in the same run of digits', () => {
    expect(findPaymentCards('4111 1111 1111 1111 2029').map((f) => f.value)).toEqual(['4111 1111 1111 1111']);
  });

  it('refuses mixed separators, groups of 1–2 digits, numbers glued to letters, and other industries', () => {
    expect(findPaymentCards('4111 1111-1111 1111')).toEqual([]);
    expect(findPaymentCards('41 11 11 11 11 11 11 11')).toEqual([]);
    expect(findPaymentCards('ref4111111111111111')).toEqual([]);
    // 79927398713 is Luhn-valid, but 11 digits; 8 and 9 lead telecom and national numbers.
    expect(findPaymentCards('79927398713')).toEqual([]);
    expect(findPaymentCards('8000000000000002')).toEqual([]);
  });

  it('returns nothing for an empty text', () => {
    expect(findPaymentCards('')).toEqual([]);
  });
});
