import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, SCHEMA } from './chart-theme.js';

/** A histogram as the metrics write it: `edges` has one more entry than `counts`. */
export interface HistogramSeries {
  /** Legend entry, e.g. 'synthetic → real' or 'real holdout → real'. */
  name: string;
  color: string;
  edges: readonly number[];
  counts: readonly number[];
}

/**
 * Overlaid histograms of two or more samples on shared bins, as shares of each sample (so a
 * 300-row synthetic set and a 1,350-row real half compare); bins empty in every series at both
 * ends are left out. Used for nearest-neighbour similarity, text lengths and numeric columns.
 * Series whose edges differ from the first series' are refused (they would not overlay).
 *
 * @example
 * histogramComparisonChart([
 *   { name: 'synthetic', color: '#d95f02', edges: [0, 1, 2], counts: [3, 1] },
 *   { name: 'real', color: '#1f78b4', edges: [0, 1, 2], counts: [2, 2] },
 * ], { xTitle: 'characters' }).data.values;
 * // [{ series: 'synthetic', bin0: 0, bin1: 1, count: 3 }, { series: 'synthetic', bin0: 1, bin1: 2, count: 1 }, …]
 */
export function histogramComparisonChart(series: readonly HistogramSeries[], options: { xTitle: string; title?: string; width?: number; height?: number }): TopLevelSpec {
  const edges = series[0]?.edges ?? [];
  const usable = series.filter((s) => s.edges.length === edges.length && s.edges.every((e, i) => e === edges[i]) && s.counts.length === edges.length - 1);
  let first = edges.length - 1;
  let last = -1;
  for (let b = 0; b < edges.length - 1; b++) {
    if (usable.some((s) => s.counts[b] > 0)) {
      first = Math.min(first, b);
      last = b;
    }
  }
  const values = usable.flatMap((s) => {
    const out = [];
    for (let b = first; b <= last; b++) out.push({ series: s.name, bin0: edges[b], bin1: edges[b + 1], count: s.counts[b] });
    return out;
  });
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: `Histogram of ${options.xTitle}, as shares of each sample.`,
    config: CHART_CONFIG,
    width: options.width ?? 560,
    height: options.height ?? 160,
    data: { values },
    transform: [
      { joinaggregate: [{ op: 'sum', field: 'count', as: 'total' }], groupby: ['series'] },
      { calculate: 'datum.total > 0 ? datum.count / datum.total : 0', as: 'share' },
    ],
    mark: { type: 'bar', opacity: 0.5, binSpacing: 0, stroke: null },
    encoding: {
      x: { field: 'bin0', type: 'quantitative', title: options.xTitle, bin: { binned: true }, scale: { zero: false } },
      x2: { field: 'bin1' },
      y: { field: 'share', type: 'quantitative', title: 'share of rows', axis: { format: '.0%' }, stack: null },
      color: { field: 'series', type: 'nominal', title: null, scale: { domain: usable.map((s) => s.name), range: usable.map((s) => s.color) } },
      tooltip: [
        { field: 'series', type: 'nominal', title: 'sample' },
        { field: 'bin0', type: 'quantitative', title: 'from', format: '.4~g' },
        { field: 'bin1', type: 'quantitative', title: 'to', format: '.4~g' },
        { field: 'count', type: 'quantitative', title: 'rows' },
        { field: 'share', type: 'quantitative', format: '.1%' },
      ],
    },
  };
}
