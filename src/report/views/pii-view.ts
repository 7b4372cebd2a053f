import { formatNumber } from '../format-number.js';
import { piiHead, piiTitle } from '../messages.js';
import { read } from '../read-details.js';
import { html } from '../safe-html.js';
import type { MetricView } from './metric-view.js';

/**
 * `privacy.pii-rate`: rows and findings per kind of personal data, with the engine's masked
 * examples (the report never sees, and so never shows, a full value).
 */
export const piiView: MetricView = {
  name: 'pii',
  metrics: ['privacy.pii-rate'],
  consumes: ['examples', 'rowsByKind', 'findingsByKind', 'rateByKind'],
  render(metric) {
    const rows = read.record(metric.details.rowsByKind);
    if (!rows) return null;
    const findings = read.record(metric.details.findingsByKind) ?? {};
    const rates = read.record(metric.details.rateByKind) ?? {};
    const examples = read.record(metric.details.examples) ?? {};
    return html`<div class="table-block"><h4>${piiTitle}</h4><table class="compact"><thead><tr>${piiHead.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>
${Object.keys(rows).map((kind) => {
  const masked = (read.records(examples[kind]) ?? []).map((e) => `${read.string(e.masked) ?? ''} (line ${read.number(e.row) ?? '?'})`);
  return html`<tr><td>${kind}</td><td class="num">${formatNumber(read.number(rows[kind]))}</td><td class="num">${formatNumber(read.number(findings[kind]))}</td><td class="num">${formatNumber(read.number(rates[kind]))}</td><td>${masked.join('; ')}</td></tr>\n`;
})}</tbody></table></div>`;
  },
};
