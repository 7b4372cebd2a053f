import type { MetricResult } from '../../core/results-schema.js';
import { SERIES } from './chart-theme.js';
import { metricFacetLabels } from './metric-facet-labels.js';

/** One point of the dot-and-interval chart. */
export interface MetricIntervalRow {
  metric: string;
  id: string;
  series: string;
  value: number;
  lo: number | null;
  hi: number | null;
  target: number | null;
}

/**
 * The rows of `metricIntervalsChart`: for each metric that has a value, the value with its CI
 * (synthetic vs real) and the baseline with its CI (real vs real). Metrics without a value
 * (skipped, failed) are left out; the caller lists them.
 *
 * @example
 * metricIntervalRows([coverage]);
 * // [{ metric: 'Coverage (k-NN) · higher is better', id: 'similarity.coverage', series: 'synthetic vs real', value: 0.717, lo: 0.663, hi: 0.77, target: null },
 * //  { …, series: 'real vs real (baseline)', value: 0.967, lo: 0.958, hi: 0.977, target: null }]
 */
export function metricIntervalRows(metrics: readonly MetricResult[]): MetricIntervalRow[] {
  const labels = metricFacetLabels(metrics);
  const rows: MetricIntervalRow[] = [];
  for (const m of metrics) {
    if (m.value === null || !Number.isFinite(m.value)) continue;
    const metric = labels.get(m.id)!;
    rows.push({ metric, id: m.id, series: SERIES.synthetic, value: m.value, lo: m.ci?.lo ?? null, hi: m.ci?.hi ?? null, target: m.goal === 'target' ? (m.target ?? null) : null });
    const b = m.baseline;
    if (b && b.value !== null && Number.isFinite(b.value)) {
      rows.push({ metric, id: m.id, series: SERIES.baseline, value: b.value, lo: b.ci?.lo ?? null, hi: b.ci?.hi ?? null, target: null });
    }
  }
  return rows;
}
