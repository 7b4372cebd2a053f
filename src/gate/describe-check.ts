import type { GateCheck } from './evaluate-gate.js';
import { formatNumber } from './format-number.js';

/**
 * A check's rule and compared value in a few characters, for tables (Markdown, JUnit names):
 * `≤ 0.8`, `≥ 0.4`, `≤ baseline + 0.1`, `≥ baseline − 0.1`; the value as the metric value, or
 * for a relative bound as the signed distance from the baseline (`baseline − 0.13`).
 *
 * @example
 * describeCheck({ op: 'minBelowBaseline', threshold: 0.1, value: 0.13, … });
 * // { rule: '≥ baseline − 0.1', value: 'baseline − 0.13' }
 */
export function describeCheck(check: Pick<GateCheck, 'op' | 'threshold' | 'value'>): { rule: string; value: string } {
  const t = formatNumber(check.threshold);
  const v = check.value;
  switch (check.op) {
    case 'min':
      return { rule: `≥ ${t}`, value: formatNumber(v) };
    case 'max':
      return { rule: `≤ ${t}`, value: formatNumber(v) };
    case 'maxAboveBaseline':
      return { rule: `≤ baseline + ${t}`, value: v === null ? '—' : signed(v) };
    case 'minBelowBaseline':
      // value is baseline − judged: the judged value sits at baseline − value.
      return { rule: `≥ baseline − ${t}`, value: v === null ? '—' : signed(-v) };
    default:
      return { rule: `${check.op} ${t}`, value: formatNumber(v) };
  }
}

const signed = (d: number): string => (d === 0 ? 'baseline' : `baseline ${d > 0 ? '+' : '−'} ${formatNumber(Math.abs(d))}`);
