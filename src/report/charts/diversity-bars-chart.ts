import type { TopLevelSpec } from 'vega-lite';
import type { MetricResult } from '../../core/results-schema.js';
import { CHART_CONFIG, COLORS, SCHEMA, SERIES, METRIC_ROW_HEADER, INTERVAL_TRANSFORMS } from './chart-theme.js';
import { metricIntervalRows } from './metric-interval-rows.js';

/**
 * Diversity bars: for each metric, a bar for the synthetic data and one for the real holdout
 * (measured the same way, on the same number of rows), with their confidence intervals as
 * whiskers; one row per metric, each on its own scale from zero.
 *
 * @example
 * diversityBarsChart(results.metrics.filter((m) => m.family === 'diversity')).facet.row.field;
 * // 'metric'
 */
export function diversityBarsChart(metrics: readonly MetricResult[], options: { title?: string } = {}): TopLevelSpec {
  const rows = metricIntervalRows(metrics).map((r) => ({ ...r, series: r.series === SERIES.synthetic ? SERIES.syntheticRows : 'real (holdout)' }));
  const order = [...new Set(rows.map((r) => r.metric))];
  const domain = [SERIES.syntheticRows, 'real (holdout)'];
  const color = { field: 'series', type: 'nominal', title: null, scale: { domain, range: [COLORS.synthetic, COLORS.real] } } as const;
  const y = { field: 'series', type: 'nominal', title: null, axis: null, sort: domain } as const;
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: 'Diversity of the synthetic rows beside the real holdout rows, with confidence intervals.',
    config: CHART_CONFIG,
    data: { values: rows },
    facet: {
      row: {
        field: 'metric',
        type: 'nominal',
        sort: order,
        header: METRIC_ROW_HEADER,
      },
    },
    spacing: 6,
    transform: [...INTERVAL_TRANSFORMS],
    spec: {
      width: 560,
      height: 34,
      layer: [
        {
          mark: { type: 'bar', opacity: 0.85 },
          encoding: {
            x: { field: 'value', type: 'quantitative', title: null },
            y,
            color,
            tooltip: [
              { field: 'metric', type: 'nominal' },
              { field: 'series', type: 'nominal', title: 'rows' },
              { field: 'value', type: 'quantitative', format: '.4~g' },
              { field: 'interval', type: 'nominal', title: 'confidence interval' },
            ],
          },
        },
        {
          mark: { type: 'rule', color: '#222222' },
          encoding: { x: { field: 'ciLo', type: 'quantitative' }, x2: { field: 'ciHi' }, y },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  };
}
