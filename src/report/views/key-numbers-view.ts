import { allNumbers } from '../messages.js';
import { read } from '../read-details.js';
import { html } from '../safe-html.js';
import { formatCell } from './format-cell.js';
import { humanizeKey } from './humanize-key.js';
import type { MetricView } from './metric-view.js';

type Scalar = string | number | boolean | null;

/** Scalars of a details record, two levels deep ("rows: synthetic"), and short lists. */
function scalars(details: Record<string, unknown>, prefix = '', depth = 0): Array<[string, Scalar | unknown[]]> {
  const out: Array<[string, Scalar | unknown[]]> = [];
  for (const [key, value] of Object.entries(details)) {
    if (key === 'baselineDetails' || key === 'projection') continue;
    const name = prefix ? `${prefix} · ${humanizeKey(key)}` : humanizeKey(key);
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out.push([name, value]);
    else if (Array.isArray(value)) {
      if (value.length > 0 && value.length <= 10 && value.every((v) => typeof v === 'number' || typeof v === 'string')) out.push([name, value]);
    } else if (depth < 1 && read.record(value)) out.push(...scalars(value as Record<string, unknown>, name, depth + 1));
  }
  return out;
}

/**
 * Every scalar of a metric's details (and of its baseline's), side by side in a collapsed
 * table: nothing a metric records is hidden from the reader, whatever its shape.
 */
export const keyNumbersView: MetricView = {
  name: 'key numbers',
  metrics: 'any',
  consumes: [],
  render(metric) {
    const value = scalars(metric.details);
    const baselineDetails = read.record(metric.details.baselineDetails);
    const baseline = new Map(baselineDetails ? scalars(baselineDetails) : []);
    const names = [...new Set([...value.map(([k]) => k), ...baseline.keys()])];
    if (names.length === 0) return null;
    const valueMap = new Map(value);
    return html`<details class="numbers"><summary>${allNumbers}</summary><table class="compact"><thead><tr><th></th><th>synthetic vs real</th>${baselineDetails ? html`<th>real vs real</th>` : ''}</tr></thead><tbody>
${names.map((n) => html`<tr><th scope="row">${n}</th><td>${valueMap.has(n) ? formatCell(valueMap.get(n)) : ''}</td>${baselineDetails ? html`<td>${baseline.has(n) ? formatCell(baseline.get(n)) : ''}</td>` : ''}</tr>\n`)}</tbody></table></details>`;
  },
};
