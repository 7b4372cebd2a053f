import { COLORS, SERIES } from '../charts/chart-theme.js';
import { histogramComparisonChart } from '../charts/histogram-comparison-chart.js';
import { columnsCapped, numericColumnCaption, seeAbove } from '../messages.js';
import { read } from '../read-details.js';
import { html, type SafeHtml } from '../safe-html.js';
import type { MetricView } from './metric-view.js';
import { recordsTable } from './records-table.js';

const MAX_CHARTS = 8;
const NESTED = new Set(['histogram', 'psiBins', 'reference', 'candidate']);

/**
 * The drift numeric-column metrics (KS, Wasserstein, PSI share one per-column analysis): each
 * column's histogram, synthetic beside real, and a table of the per-column statistics. Drawn
 * under the first of these metrics only.
 */
export const numericColumnsView: MetricView = {
  name: 'numeric columns',
  metrics: ['drift.numeric-ks', 'drift.numeric-wasserstein', 'drift.numeric-psi'],
  consumes: ['columns'],
  render(metric, ctx) {
    const columns = read.records(metric.details.columns);
    if (!columns || columns.length === 0) return null;
    if (!ctx.once('numeric-columns')) return html`<p class="muted">${seeAbove('Per-column histograms')}</p>`;
    const charts: SafeHtml[] = [];
    for (const c of columns.slice(0, MAX_CHARTS)) {
      const h = read.twoSampleHistogram(c.histogram);
      const name = read.string(c.column) ?? '?';
      if (!h) continue;
      const spec = histogramComparisonChart(
        [
          { name: SERIES.syntheticRows, color: COLORS.synthetic, edges: h.edges, counts: h.candidate },
          { name: 'real (reference half)', color: COLORS.real, edges: h.edges, counts: h.reference },
        ],
        { xTitle: name, height: 110, width: 420 },
      );
      charts.push(ctx.chart(spec, numericColumnCaption(name)));
    }
    const table = columns.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => !NESTED.has(k))));
    return html`<div class="grid">${charts}</div>${columns.length > MAX_CHARTS ? html`<p class="muted">${columnsCapped(MAX_CHARTS, columns.length)}</p>` : ''}${recordsTable(table, ctx.options.maxTableRows)}`;
  },
};
