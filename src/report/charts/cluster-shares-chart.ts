import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, COLORS, SCHEMA, SERIES } from './chart-theme.js';

/** One k-means cluster of the pooled embeddings, as `drift.clusters` describes it. */
export interface ClusterShare {
  cluster: number;
  keywords: readonly string[];
  candidateShare: number;
  referenceShare: number;
  /** 'over' | 'under' | 'even' (significance as the metric decided it). */
  direction: string;
}

const MARK: Record<string, string> = { over: '▲ over', under: '▼ under' };

/**
 * Each cluster's share of synthetic rows beside its share of real rows, clusters in the order
 * given (the metric lists them from most over- to most under-represented), each named by its
 * number, direction and first keywords.
 *
 * @example
 * clusterSharesChart([{ cluster: 7, keywords: ['phone', 'headset'], candidateShare: 0.31, referenceShare: 0.08, direction: 'over' }])
 *   .data.values[0].name;
 * // '▲ over · #7 phone, headset'
 */
export function clusterSharesChart(clusters: readonly ClusterShare[], options: { title?: string; keywords?: number } = {}): TopLevelSpec {
  const names = clusters.map((c) => `${MARK[c.direction] ? `${MARK[c.direction]} · ` : ''}#${c.cluster} ${c.keywords.slice(0, options.keywords ?? 4).join(', ')}`);
  const values = clusters.flatMap((c, i) => [
    { name: names[i], series: SERIES.syntheticRows, share: c.candidateShare, direction: c.direction },
    { name: names[i], series: SERIES.realRows, share: c.referenceShare, direction: c.direction },
  ]);
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: 'Share of synthetic and of real rows in each k-means cluster of the pooled embeddings.',
    config: CHART_CONFIG,
    width: 420,
    height: { step: 11 },
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'name', type: 'nominal', title: null, sort: names, axis: { labelLimit: 300 } },
      yOffset: { field: 'series', type: 'nominal', sort: [SERIES.syntheticRows, SERIES.realRows] },
      x: { field: 'share', type: 'quantitative', title: 'share of rows', axis: { format: '.0%' } },
      color: { field: 'series', type: 'nominal', title: null, scale: { domain: [SERIES.syntheticRows, SERIES.realRows], range: [COLORS.synthetic, COLORS.real] } },
      tooltip: [
        { field: 'name', type: 'nominal', title: 'cluster' },
        { field: 'series', type: 'nominal', title: 'rows' },
        { field: 'share', type: 'quantitative', format: '.1%' },
      ],
    },
  };
}
