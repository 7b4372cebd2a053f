import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, SCHEMA } from './chart-theme.js';

/** Counts of one sample over categories (labels, a column's values, bins). */
export interface CategorySeries {
  name: string;
  color: string;
  counts: ReadonlyArray<readonly [category: string, count: number]>;
}

/**
 * Grouped horizontal bars: each category's share of each sample, side by side (label
 * distribution, a categorical column, the PRDC ball counts). Categories keep the order given
 * (the first series' order, then any the others add).
 *
 * @example
 * shareComparisonChart([
 *   { name: 'synthetic', color: '#d95f02', counts: [['negative', 142], ['positive', 158]] },
 *   { name: 'real', color: '#1f78b4', counts: [['negative', 1358], ['positive', 1342]] },
 * ], { categoryTitle: 'label' }).data.values.length;
 * // 4
 */
export function shareComparisonChart(series: readonly CategorySeries[], options: { categoryTitle: string; title?: string; width?: number }): TopLevelSpec {
  const order = [...new Set(series.flatMap((s) => s.counts.map(([category]) => category)))];
  const values = series.flatMap((s) => s.counts.map(([category, count]) => ({ series: s.name, category, count })));
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: `Share of each sample per ${options.categoryTitle}.`,
    config: CHART_CONFIG,
    width: options.width ?? 480,
    height: { step: 11 },
    data: { values },
    transform: [
      { joinaggregate: [{ op: 'sum', field: 'count', as: 'total' }], groupby: ['series'] },
      { calculate: 'datum.total > 0 ? datum.count / datum.total : 0', as: 'share' },
    ],
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'category', type: 'nominal', title: options.categoryTitle, sort: order, axis: { labelLimit: 220 } },
      yOffset: { field: 'series', type: 'nominal', sort: series.map((s) => s.name) },
      x: { field: 'share', type: 'quantitative', title: 'share of rows', axis: { format: '.0%' } },
      color: { field: 'series', type: 'nominal', title: null, scale: { domain: series.map((s) => s.name), range: series.map((s) => s.color) } },
      tooltip: [
        { field: 'category', type: 'nominal', title: options.categoryTitle },
        { field: 'series', type: 'nominal', title: 'sample' },
        { field: 'count', type: 'quantitative', title: 'rows' },
        { field: 'share', type: 'quantitative', format: '.1%' },
      ],
    },
  };
}
