/**
 * A number as the report prints it: three significant figures in plain notation between 0.001
 * and 100,000 (thousands separated), scientific notation outside, "—" for none. Integers print
 * whole. (The same cut-offs as the terminal table of `synthscope score`.)
 *
 * @example
 * [0.71666, 15.0196, 0.0000566, 1350, 2.5e6, null].map((v) => formatNumber(v));
 * // ['0.717', '15.0', '5.66e-5', '1,350', '2.50e+6', '—']
 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const a = Math.abs(value);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return value.toExponential(2);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { minimumSignificantDigits: 3, maximumSignificantDigits: 3 });
}
