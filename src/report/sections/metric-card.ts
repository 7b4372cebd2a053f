import type { MetricResult } from '../../core/results-schema.js';
import { formatInterval } from '../format-interval.js';
import { formatNumber } from '../format-number.js';
import { metricNotRun } from '../messages.js';
import type { RenderContext } from '../render-context.js';
import { html, type SafeHtml } from '../safe-html.js';
import { METRIC_VIEWS } from '../views/metric-views.js';

/**
 * One metric's block in its family's section: title and id, value and baseline with their
 * intervals, reading, description, warnings (or why it did not run), then every view of its
 * details that applies (specific views first; generic ones skip what those drew).
 *
 * @example
 * metricCard(ctx, coverage).value.startsWith('<article class="metric reading-poor" id="metric-similarity.coverage">'); // true
 */
export function metricCard(ctx: RenderContext, metric: MetricResult): SafeHtml {
  const parts: SafeHtml[] = [];
  if (metric.status === 'ok') {
    const specific = METRIC_VIEWS.filter((v) => v.metrics !== 'any' && v.metrics.includes(metric.id));
    const skip = new Set(specific.flatMap((v) => v.consumes));
    for (const view of [...specific, ...METRIC_VIEWS.filter((v) => v.metrics === 'any')]) {
      const out = view.render(metric, ctx, skip);
      if (out) parts.push(out);
    }
  }
  const reading = metric.status === 'ok' ? metric.reading : metric.status;
  return html`<article class="metric reading-${reading === 'n/a' ? 'na' : reading}" id="metric-${metric.id}">
<h3>${metric.title} <code class="id">${metric.id}</code> <span class="badge badge-${reading === 'n/a' ? 'na' : reading}">${reading}</span></h3>
${metric.status === 'ok'
    ? html`<p class="values"><span class="synthetic">synthetic vs real <strong>${formatNumber(metric.value)}</strong> ${formatInterval(metric.ci)}</span>${metric.baseline ? html` · <span class="baseline">real vs real <strong>${formatNumber(metric.baseline.value)}</strong> ${formatInterval(metric.baseline.ci)}</span>` : ''}${metric.pValue !== undefined && metric.pValue !== null ? html` · p = ${formatNumber(metric.pValue)}` : ''}</p>`
    : html`<p class="not-run not-run-${metric.status}">${metricNotRun(metric.status, metric.reason)}</p>`}
<p class="description">${metric.description}</p>
${metric.warnings.length > 0 ? html`<ul class="warnings">${metric.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : ''}
${parts}
</article>`;
}
