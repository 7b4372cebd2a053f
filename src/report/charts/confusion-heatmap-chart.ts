import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, SCHEMA } from './chart-theme.js';

/** A confusion matrix: `matrix[i][j]` rows of intended label `labels[i]` predicted as `labels[j]`. */
export interface ConfusionPanel {
  title: string;
  labels: readonly string[];
  matrix: ReadonlyArray<readonly number[]>;
}

/**
 * Confusion matrices as heatmaps, side by side (synthetic rows, then the real holdout rows of
 * the baseline): rows are the intended label, columns the classifier's prediction, colour the
 * share of the row (so panels of different sizes compare), text the count.
 *
 * @example
 * confusionHeatmapChart([{ title: 'synthetic rows', labels: ['neg', 'pos'], matrix: [[114, 28], [26, 132]] }],
 *   { rowTitle: 'intended label', columnTitle: 'classifier prediction' }).hconcat.length;
 * // 1
 */
export function confusionHeatmapChart(panels: readonly ConfusionPanel[], options: { rowTitle: string; columnTitle: string; title?: string }): TopLevelSpec {
  const cell = 26;
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: 'Confusion matrix: rows are intended labels, columns predictions; colour is the share of the row.',
    config: CHART_CONFIG,
    spacing: 40,
    resolve: { scale: { color: 'shared' } },
    hconcat: panels.map((p) => {
      const values = p.labels.flatMap((intended, i) => p.labels.map((predicted, j) => ({ intended, predicted, count: p.matrix[i]?.[j] ?? 0 })));
      return {
        title: { text: p.title, fontSize: 12 },
        data: { values },
        width: Math.max(80, cell * p.labels.length),
        height: Math.max(80, cell * p.labels.length),
        transform: [
          { joinaggregate: [{ op: 'sum', field: 'count', as: 'rowTotal' }], groupby: ['intended'] },
          { calculate: 'datum.rowTotal > 0 ? datum.count / datum.rowTotal : 0', as: 'rowShare' },
        ],
        encoding: {
          x: { field: 'predicted', type: 'nominal', title: options.columnTitle, sort: [...p.labels], axis: { orient: 'top', labelAngle: -40, labelLimit: 120 } },
          y: { field: 'intended', type: 'nominal', title: options.rowTitle, sort: [...p.labels], axis: { labelLimit: 120 } },
        },
        layer: [
          {
            mark: { type: 'rect' },
            encoding: {
              color: { field: 'rowShare', type: 'quantitative', title: 'share of row', scale: { domain: [0, 1], scheme: 'blues' }, legend: { format: '.0%', orient: 'right' } },
              tooltip: [
                { field: 'intended', type: 'nominal', title: options.rowTitle },
                { field: 'predicted', type: 'nominal', title: options.columnTitle },
                { field: 'count', type: 'quantitative', title: 'rows' },
                { field: 'rowShare', type: 'quantitative', title: 'share of row', format: '.1%' },
              ],
            },
          },
          {
            mark: { type: 'text', fontSize: 10 },
            encoding: {
              text: { field: 'count', type: 'quantitative' },
              color: { condition: { test: 'datum.rowShare > 0.5', value: 'white' }, value: '#222222' },
            },
          },
        ],
      };
    }),
  };
}
