import type { TopLevelSpec } from 'vega-lite';
import type { MetricResult } from '../../core/results-schema.js';
import { CHART_CONFIG, COLORS, SCHEMA, SERIES, METRIC_ROW_HEADER } from './chart-theme.js';
import { metricFacetLabels } from './metric-facet-labels.js';

/**
 * Per-label values of a family's metrics: for each metric (a row, its own scale) and each label,
 * the synthetic value beside the real-vs-real baseline, so a label the generator handles badly
 * stands out. Metrics without per-label values are left out.
 *
 * @example
 * perLabelChart(results.metrics.filter((m) => m.family === 'similarity')).data.values[0];
 * // { metric: 'Nearest-neighbour cosine · higher is better', label: 'negative', series: 'synthetic vs real', value: 0.7007, n: 142 }
 */
export function perLabelChart(metrics: readonly MetricResult[], options: { title?: string } = {}): TopLevelSpec {
  const names = metricFacetLabels(metrics);
  const values = metrics.flatMap((m) =>
    (m.perLabel ?? []).flatMap((l) => {
      const out: Array<{ metric: string; label: string; series: string; value: number; n: number }> = [];
      if (l.value !== null && Number.isFinite(l.value)) out.push({ metric: names.get(m.id)!, label: l.label, series: SERIES.synthetic, value: l.value, n: l.n.synthetic });
      if (l.baseline !== null && Number.isFinite(l.baseline)) out.push({ metric: names.get(m.id)!, label: l.label, series: SERIES.baseline, value: l.baseline, n: l.n.holdout });
      return out;
    }),
  );
  const order = [...new Set(values.map((v) => v.metric))];
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: 'Per-label values of each metric, synthetic vs real beside real vs real.',
    config: CHART_CONFIG,
    data: { values },
    facet: {
      row: {
        field: 'metric',
        type: 'nominal',
        sort: order,
        header: METRIC_ROW_HEADER,
      },
    },
    spacing: 6,
    spec: {
      width: 480,
      height: { step: 14 },
      mark: { type: 'point', filled: true, size: 55 },
      encoding: {
        y: { field: 'label', type: 'nominal', title: null, axis: { labelLimit: 160 } },
        x: { field: 'value', type: 'quantitative', title: null, scale: { zero: false, nice: true } },
        color: { field: 'series', type: 'nominal', title: null, scale: { domain: [SERIES.synthetic, SERIES.baseline], range: [COLORS.synthetic, COLORS.baseline] } },
        tooltip: [
          { field: 'metric', type: 'nominal' },
          { field: 'label', type: 'nominal' },
          { field: 'series', type: 'nominal', title: 'comparison' },
          { field: 'value', type: 'quantitative', format: '.4~g' },
          { field: 'n', type: 'quantitative', title: 'rows of the label' },
        ],
      },
    },
    resolve: { scale: { x: 'independent', y: 'independent' } },
  };
}
