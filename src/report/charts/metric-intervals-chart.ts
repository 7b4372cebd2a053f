import type { TopLevelSpec } from 'vega-lite';
import type { MetricResult } from '../../core/results-schema.js';
import { CHART_CONFIG, COLORS, SCHEMA, SERIES, METRIC_ROW_HEADER, INTERVAL_TRANSFORMS } from './chart-theme.js';
import { metricIntervalRows } from './metric-interval-rows.js';

/**
 * Dot-and-interval chart of a family's metrics: one row per metric, each with its own x scale
 * (the metrics have different units), the synthetic value and the real-vs-real baseline drawn
 * side by side with their confidence intervals, and a dashed line at the target for metrics
 * whose best value is a target (a c2st AUC of 0.5). A vega-lite 6 facet with independent x.
 *
 * @example
 * const spec = metricIntervalsChart(results.metrics.filter((m) => m.family === 'similarity'));
 * spec.facet.row.field; // 'metric'
 */
export function metricIntervalsChart(metrics: readonly MetricResult[], options: { title?: string } = {}): TopLevelSpec {
  const rows = metricIntervalRows(metrics);
  const order = [...new Set(rows.map((r) => r.metric))];
  const color = { field: 'series', type: 'nominal', title: null, scale: { domain: [SERIES.synthetic, SERIES.baseline], range: [COLORS.synthetic, COLORS.baseline] } } as const;
  const y = { field: 'series', type: 'nominal', title: null, axis: null, sort: [SERIES.synthetic, SERIES.baseline] } as const;
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: 'Each metric: synthetic vs real and real vs real (baseline), dots at the value, bars over the confidence interval.',
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
    spacing: 14,
    // Every layer reads every row (no filtered, possibly empty, layer in a facet: vega would
    // warn of an infinite extent): a missing CI becomes a zero-length rule at the value, a missing
    // target a transparent rule at the value.
    transform: [...INTERVAL_TRANSFORMS, { calculate: 'isValid(datum.target) ? datum.target : datum.value', as: 'targetAt' }],
    spec: {
      width: 560,
      height: 30,
      layer: [
        {
          mark: { type: 'rule', strokeWidth: 2.5, opacity: 0.8 },
          encoding: { x: { field: 'ciLo', type: 'quantitative', title: null, scale: { zero: false, nice: true }, axis: { tickCount: 6 } }, x2: { field: 'ciHi' }, y, color },
        },
        {
          mark: { type: 'point', filled: true, size: 70, opacity: 1 },
          encoding: {
            x: { field: 'value', type: 'quantitative' },
            y,
            color,
            tooltip: [
              { field: 'metric', type: 'nominal', title: 'metric' },
              { field: 'series', type: 'nominal', title: 'comparison' },
              { field: 'value', type: 'quantitative', format: '.4~g' },
              { field: 'interval', type: 'nominal', title: 'confidence interval' },
            ],
          },
        },
        {
          mark: { type: 'rule', strokeDash: [4, 3], color: COLORS.neutral },
          encoding: {
            x: { field: 'targetAt', type: 'quantitative' },
            opacity: { condition: { test: 'isValid(datum.target)', value: 1 }, value: 0 },
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  };
}
