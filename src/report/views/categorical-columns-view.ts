import { COLORS, SERIES } from '../charts/chart-theme.js';
import { shareComparisonChart } from '../charts/share-comparison-chart.js';
import { categoriesCapped, categoricalColumnCaption, columnsCapped, seeAbove } from '../messages.js';
import { read } from '../read-details.js';
import { html, type SafeHtml } from '../safe-html.js';
import type { MetricView } from './metric-view.js';
import { recordsTable } from './records-table.js';

const MAX_CHARTS = 8;

/**
 * The drift categorical-column metrics (Jensen–Shannon and χ² share one per-column analysis):
 * each column's value shares, synthetic beside real, and a table of per-column statistics.
 * Drawn under the first of these metrics only.
 */
export const categoricalColumnsView: MetricView = {
  name: 'categorical columns',
  metrics: ['drift.categorical-js', 'drift.categorical-chi2'],
  consumes: ['columns'],
  render(metric, ctx) {
    const columns = read.records(metric.details.columns);
    if (!columns || columns.length === 0) return null;
    if (!ctx.once('categorical-columns')) return html`<p class="muted">${seeAbove('Per-column value shares')}</p>`;
    const charts: SafeHtml[] = [];
    for (const c of columns.slice(0, MAX_CHARTS)) {
      const name = read.string(c.column) ?? '?';
      const categories = read.records(c.categories) ?? [];
      const rows = categories
        .map((k) => ({ category: read.string(k.category) ?? String(k.category), candidate: read.number(k.candidate) ?? 0, reference: read.number(k.reference) ?? 0 }))
        .sort((a, b) => b.candidate + b.reference - (a.candidate + a.reference));
      if (rows.length === 0) continue;
      const shown = rows.slice(0, ctx.options.maxCategories);
      const spec = shareComparisonChart(
        [
          { name: SERIES.syntheticRows, color: COLORS.synthetic, counts: shown.map((r) => [r.category, r.candidate] as const) },
          { name: 'real (reference half)', color: COLORS.real, counts: shown.map((r) => [r.category, r.reference] as const) },
        ],
        { categoryTitle: name, width: 360 },
      );
      charts.push(ctx.chart(spec, categoricalColumnCaption(name), rows.length > shown.length ? categoriesCapped(shown.length, rows.length) : undefined));
    }
    const table = columns.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'categories')));
    return html`<div class="grid">${charts}</div>${columns.length > MAX_CHARTS ? html`<p class="muted">${columnsCapped(MAX_CHARTS, columns.length)}</p>` : ''}${recordsTable(table, ctx.options.maxTableRows)}`;
  },
};
