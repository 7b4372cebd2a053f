import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, COLORS, SCHEMA, SERIES } from './chart-theme.js';

/** How often rows of one label mention one group, on each side. */
export interface GroupShare {
  label: string;
  dimension: string;
  group: string;
  /** Share of the label's synthetic rows that mention the group. */
  syntheticShare: number;
  /** Share of the label's real rows that mention the group. */
  realShare: number;
}

/**
 * Group representation per label: for each label (a column) and each group (a row, named
 * `dimension: group`), the share of synthetic rows of that label that mention the group beside
 * the share of real rows; a group far more present in one label's synthetic rows than in its
 * real ones is a skew the generator added.
 *
 * @example
 * groupRepresentationChart([{ label: 'positive', dimension: 'gender', group: 'female', syntheticShare: 0.12, realShare: 0.05 }])
 *   .data.values[0].group;
 * // 'gender: female'
 */
export function groupRepresentationChart(shares: readonly GroupShare[], options: { title?: string } = {}): TopLevelSpec {
  const values = shares.flatMap((s) => [
    { label: s.label, group: `${s.dimension}: ${s.group}`, series: SERIES.syntheticRows, share: s.syntheticShare },
    { label: s.label, group: `${s.dimension}: ${s.group}`, series: SERIES.realRows, share: s.realShare },
  ]);
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: 'Share of rows of each label that mention each group, synthetic beside real.',
    config: CHART_CONFIG,
    data: { values },
    facet: { column: { field: 'label', type: 'nominal', title: null, header: { labelFontWeight: 'bold' } } },
    spacing: 12,
    spec: {
      width: 160,
      height: { step: 10 },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'group', type: 'nominal', title: null, axis: { labelLimit: 180 } },
        yOffset: { field: 'series', type: 'nominal', sort: [SERIES.syntheticRows, SERIES.realRows] },
        x: { field: 'share', type: 'quantitative', title: 'share of the label’s rows', axis: { format: '.0%' } },
        color: { field: 'series', type: 'nominal', title: null, scale: { domain: [SERIES.syntheticRows, SERIES.realRows], range: [COLORS.synthetic, COLORS.real] } },
        tooltip: [
          { field: 'label', type: 'nominal' },
          { field: 'group', type: 'nominal' },
          { field: 'series', type: 'nominal', title: 'rows' },
          { field: 'share', type: 'quantitative', format: '.1%' },
        ],
      },
    },
  };
}
