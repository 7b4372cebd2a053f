import type { Family, MetricResult } from '../../core/results-schema.js';
import { diversityBarsChart } from '../charts/diversity-bars-chart.js';
import { metricIntervalsChart } from '../charts/metric-intervals-chart.js';
import { perLabelChart } from '../charts/per-label-chart.js';
import { FLAG_FAMILIES } from '../flag-families.js';
import { formatInterval } from '../format-interval.js';
import { formatNumber } from '../format-number.js';
import { diversityChartCaption, FAMILY_QUESTIONS, FAMILY_TITLES, familyChartCaption, familyEmpty, flagsTitle, metricsTableHead, perLabelTitle } from '../messages.js';
import type { RenderContext } from '../render-context.js';
import { html, type SafeHtml } from '../safe-html.js';
import { flagsTable } from './flags-table.js';
import { metricCard } from './metric-card.js';

function metricsTable(metrics: readonly MetricResult[]): SafeHtml {
  return html`<table class="metrics"><thead><tr>${metricsTableHead.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>
${metrics.map((m) => {
  const reading = m.status === 'ok' ? m.reading : m.status;
  const cls = reading === 'n/a' ? 'na' : reading;
  return html`<tr><td><a href="#metric-${m.id}">${m.title}</a><br><code class="id">${m.id}</code></td>
<td class="num">${m.status === 'ok' ? html`<strong>${formatNumber(m.value)}</strong> <span class="ci">${formatInterval(m.ci)}</span>` : '—'}</td>
<td class="num">${m.baseline ? html`${formatNumber(m.baseline.value)} <span class="ci">${formatInterval(m.baseline.ci)}</span>` : '—'}</td>
<td><span class="badge badge-${cls}">${reading}</span></td>
<td class="num">${m.pValue !== undefined && m.pValue !== null ? formatNumber(m.pValue) : ''}</td>
<td class="num">${formatNumber(m.n.synthetic)}</td>
<td>${m.status !== 'ok' ? m.reason ?? '' : m.warnings.length > 0 ? html`<span class="warn" title="${m.warnings.join('\n')}">${m.warnings.length === 1 ? m.warnings[0] : `${m.warnings.length} warnings`}</span>` : ''}</td></tr>\n`;
})}</tbody></table>`;
}

/**
 * A family's section: the question it answers, one chart of all its metrics (value and
 * baseline with intervals; bars for diversity), the table of values, per-label values when the
 * metrics have them, each metric's block with its details drawn, and the family's flagged rows.
 *
 * @example
 * familySection(ctx, 'agreement').value.includes('id="flags-suspect-label"'); // true when rows were flagged
 */
export function familySection(ctx: RenderContext, family: Family): SafeHtml {
  const metrics = ctx.results.metrics.filter((m) => m.family === family);
  const kinds = Object.keys({ ...ctx.results.flagCounts, ...Object.fromEntries(ctx.results.flags.map((f) => [f.kind, 0])) })
    .filter((k) => FLAG_FAMILIES[k] === family)
    .sort();
  const withValue = metrics.filter((m) => m.value !== null && Number.isFinite(m.value));
  const withLabels = metrics.filter((m) => (m.perLabel ?? []).some((l) => l.value !== null));
  const title = FAMILY_TITLES[family];
  return html`<section class="family" id="family-${family}"><h2>${title}</h2>
<p class="question">${FAMILY_QUESTIONS[family]}</p>
${metrics.length === 0 ? html`<p class="note">${familyEmpty}</p>` : ''}
${withValue.length > 0 ? (family === 'diversity' ? ctx.chart(diversityBarsChart(withValue), diversityChartCaption) : ctx.chart(metricIntervalsChart(withValue), familyChartCaption(title))) : ''}
${metrics.length > 0 ? metricsTable(metrics) : ''}
${withLabels.length > 0 ? ctx.chart(perLabelChart(withLabels), perLabelTitle) : ''}
${metrics.map((m) => metricCard(ctx, m))}
${kinds.length > 0 ? html`<h3 class="flags-title">${flagsTitle}</h3>${kinds.map((k) => flagsTable(ctx, k))}` : ''}
</section>`;
}
