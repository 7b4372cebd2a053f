/**
 * A metric number for people: four significant digits without trailing zeros between 0.001 and
 * 10⁶, scientific notation outside, '—' for null or a non-finite value. Used by gate messages,
 * the Markdown tables and the compare page so they agree digit for digit.
 *
 * Reference: `Number.prototype.toPrecision` (ECMA-262 §21.1.3.5).
 *
 * @example
 * formatNumber(0.812345); // '0.8123'
 * formatNumber(0.10000000000000009); // '0.1'
 * formatNumber(2.5e-7); // '2.50e-7'
 * formatNumber(null); // '—'
 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const a = Math.abs(value);
  if (a >= 1e-3 && a < 1e6) return String(Number(value.toPrecision(4)));
  return value.toExponential(2);
}
