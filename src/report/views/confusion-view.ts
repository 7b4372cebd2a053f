import { confusionHeatmapChart, type ConfusionPanel } from '../charts/confusion-heatmap-chart.js';
import { confusionCaption, confusionCapped } from '../messages.js';
import { read } from '../read-details.js';
import type { MetricView } from './metric-view.js';

function panel(value: unknown, title: string, cap: number): { panel: ConfusionPanel; total: number } | undefined {
  const r = read.record(value);
  const labels = read.strings(r?.labels);
  const matrix = read.array(r?.matrix)?.map((row) => read.numbers(row));
  if (!labels || !matrix || matrix.length !== labels.length || matrix.some((row) => !row || row.length !== labels.length)) return undefined;
  const n = Math.min(cap, labels.length);
  return { panel: { title, labels: labels.slice(0, n), matrix: (matrix as number[][]).slice(0, n).map((row) => row.slice(0, n)) }, total: labels.length };
}

/** The confusion matrix of `agreement.accuracy` (intended label × prediction) as heatmaps, synthetic beside the real holdout. */
export const confusionView: MetricView = {
  name: 'confusion matrix',
  metrics: ['agreement.accuracy'],
  consumes: ['confusion'],
  render(metric, ctx) {
    const cap = Math.min(ctx.options.maxCategories, 30);
    const value = panel(metric.details.confusion, 'synthetic rows', cap);
    if (!value) return null;
    const base = panel(read.record(metric.details.baselineDetails)?.confusion, 'real holdout rows (baseline)', cap);
    const spec = confusionHeatmapChart([value.panel, ...(base ? [base.panel] : [])], { rowTitle: 'intended label', columnTitle: 'classifier prediction' });
    return ctx.chart(spec, confusionCaption, value.total > value.panel.labels.length ? confusionCapped(value.panel.labels.length, value.total) : undefined);
  },
};
