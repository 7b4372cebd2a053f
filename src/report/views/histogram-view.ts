import { COLORS } from '../charts/chart-theme.js';
import { histogramComparisonChart } from '../charts/histogram-comparison-chart.js';
import { shareComparisonChart } from '../charts/share-comparison-chart.js';
import { binnedCaption, HISTOGRAM_AXES, histogramCaption, SIDE_NAMES } from '../messages.js';
import { read } from '../read-details.js';
import { html, type SafeHtml } from '../safe-html.js';
import { humanizeKey } from './humanize-key.js';
import type { MetricView } from './metric-view.js';

/**
 * Histograms in a metric's details, drawn beside the baseline's: `{edges, counts}` (numeric
 * bins, e.g. nearest-neighbour cosine) as overlaid shares, `{bins, counts}` (named bins, e.g.
 * how many real k-NN balls hold a row) as grouped bars.
 */
export const histogramView: MetricView = {
  name: 'histograms',
  metrics: 'any',
  consumes: [],
  render(metric, ctx, skip) {
    const baseline = read.record(metric.details.baselineDetails);
    const out: SafeHtml[] = [];
    for (const [key, value] of Object.entries(metric.details)) {
      if (skip.has(key)) continue;
      const h = read.histogram(value);
      if (h) {
        const b = read.histogram(baseline?.[key]);
        const series = [{ name: SIDE_NAMES.value, color: COLORS.synthetic, ...h }, ...(b ? [{ name: SIDE_NAMES.baseline, color: COLORS.baseline, ...b }] : [])];
        out.push(ctx.chart(histogramComparisonChart(series, { xTitle: HISTOGRAM_AXES[metric.id] ?? humanizeKey(key) }), histogramCaption(metric.title)));
        continue;
      }
      const r = read.record(value);
      const bins = read.strings(r?.bins);
      const counts = read.numbers(r?.counts);
      if (bins && counts && bins.length === counts.length && bins.length > 0) {
        const br = read.record(baseline?.[key]);
        const bb = read.strings(br?.bins);
        const bc = read.numbers(br?.counts);
        const pairs = (names: string[], c: number[]) => names.map((n, i) => [n, c[i]] as const);
        const series = [
          { name: SIDE_NAMES.value, color: COLORS.synthetic, counts: pairs(bins, counts) },
          ...(bb && bc && bb.length === bc.length ? [{ name: SIDE_NAMES.baseline, color: COLORS.baseline, counts: pairs(bb, bc) }] : []),
        ];
        out.push(ctx.chart(shareComparisonChart(series, { categoryTitle: humanizeKey(key) }), binnedCaption(metric.title, humanizeKey(key))));
      }
    }
    return out.length > 0 ? html`${out}` : null;
  },
};
