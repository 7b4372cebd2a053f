import { formatNumber } from '../format-number.js';

const MAX_TEXT = 600;

/**
 * A value from `details` as table text: numbers as `formatNumber` prints them, strings cut at
 * 600 characters, lists of up to ten numbers or strings joined, anything else as compact JSON
 * cut at 200 characters. The result is plain text; the caller escapes it.
 *
 * @example
 * [formatCell(0.71666), formatCell([1, 2]), formatCell(true), formatCell(null), formatCell({ a: 1 })];
 * // ['0.717', '1, 2', 'yes', '—', '{"a":1}']
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
  if (Array.isArray(value) && value.length <= 10 && value.every((v) => typeof v === 'number' || typeof v === 'string')) {
    return value.map((v) => (typeof v === 'number' ? formatNumber(v) : v)).join(', ');
  }
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 200 ? `${json.slice(0, 199)}…` : json;
}
