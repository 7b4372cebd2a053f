import { describe, expect, it } from 'vitest';
import { formatInterval } from './format-interval.js';
import { formatNumber } from './format-number.js';

describe('formatNumber', () => {
  it('prints three significant figures between 0.001 and 100,000', () => {
    expect([0.71666, 15.0196, 0.5, 123.456, -0.02].map((v) => formatNumber(v))).toEqual(['0.717', '15.0', '0.500', '123', '-0.0200']);
  });

  it('prints integers whole, with thousands separated', () => {
    expect([1350, 0, 99999].map((v) => formatNumber(v))).toEqual(['1,350', '0', '99,999']);
  });

  it('switches to scientific notation outside that range, as the terminal table does', () => {
    expect([0.0000566, 2.5e6, -1.2e-9].map((v) => formatNumber(v))).toEqual(['5.66e-5', '2.50e+6', '-1.20e-9']);
  });

  it('prints — for no value and ∞ for infinities', () => {
    expect([null, undefined, Number.NaN, Infinity, -Infinity].map((v) => formatNumber(v))).toEqual(['—', '—', '—', '∞', '−∞']);
  });
});

describe('formatInterval', () => {
  it('prints [lo, hi] with formatNumber, or nothing without an interval', () => {
    expect(formatInterval({ lo: 0.6633, hi: 0.77 })).toBe('[0.663, 0.770]');
    expect(formatInterval(null)).toBe('');
  });
});
