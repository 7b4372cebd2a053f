import type { TopLevelSpec } from 'vega-lite';
import type { FacetedUnitSpec } from 'vega-lite/types_unstable/spec/unit.js';

type UnitSpec = FacetedUnitSpec<string>;
import { CHART_CONFIG, COLORS, SCHEMA, SERIES } from './chart-theme.js';

const NONE = '(none)';
const OTHER = '(other labels)';
const MAX_COLOURS = 10;

/** One embedded row projected to two dimensions. */
export interface ProjectionPoint {
  source: 'synthetic' | 'real';
  /** Line of the row in its file. */
  row: number;
  label: string | null;
  x: number;
  y: number;
}

/**
 * Real and synthetic rows in the plane of the first two principal components of their
 * embeddings, twice: coloured by source (where synthetic rows sit among real ones, and the real
 * regions they leave empty) and coloured by label (whether the labels occupy the same regions on
 * both sides; synthetic rows drawn as crosses; past ten labels the rarer ones share a colour).
 *
 * @example
 * projectionChart([{ source: 'real', row: 2, label: 'positive', x: 0.1, y: -0.3 }], { explained: [0.12, 0.07] }).hconcat.length;
 * // 2
 */
export function projectionChart(points: readonly ProjectionPoint[], options: { explained?: readonly [number, number]; title?: string } = {}): TopLevelSpec {
  const pct = (i: 0 | 1) => (options.explained ? ` (${(100 * options.explained[i]).toFixed(1)}% of variance)` : '');
  // Ten colours tell labels apart; past nine labels the rarer ones share one colour.
  const frequency = new Map<string, number>();
  for (const p of points) frequency.set(p.label ?? NONE, (frequency.get(p.label ?? NONE) ?? 0) + 1);
  const ranked = [...frequency.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
  const kept = new Set(ranked.length > MAX_COLOURS ? ranked.slice(0, MAX_COLOURS - 1) : ranked);
  const values = points.map((p) => ({
    source: p.source === 'synthetic' ? SERIES.syntheticRows : SERIES.realRows,
    row: p.row,
    label: p.label ?? NONE,
    colour: kept.has(p.label ?? NONE) ? (p.label ?? NONE) : OTHER,
    x: p.x,
    y: p.y,
  }));
  const x = { field: 'x', type: 'quantitative', title: `PC 1${pct(0)}`, scale: { zero: false } } as const;
  const y = { field: 'y', type: 'quantitative', title: `PC 2${pct(1)}`, scale: { zero: false } } as const;
  const tooltip = [
    { field: 'source', type: 'nominal' },
    { field: 'label', type: 'nominal' },
    { field: 'row', type: 'quantitative', title: 'line' },
  ] as const;
  const hasLabels = values.some((v) => v.label !== NONE);
  const bySource: UnitSpec = {
    title: { text: 'by source', fontSize: 12 },
    width: 330,
    height: 300,
    mark: { type: 'point', filled: true, size: 14, opacity: 0.55 },
    encoding: {
      x,
      y,
      color: { field: 'source', type: 'nominal', title: null, scale: { domain: [SERIES.realRows, SERIES.syntheticRows], range: [COLORS.real, COLORS.synthetic] } },
      tooltip: [...tooltip],
    },
  };
  const byLabel: UnitSpec = {
    title: { text: 'by label (synthetic rows as crosses)', fontSize: 12 },
    width: 330,
    height: 300,
    mark: { type: 'point', filled: true, size: 18, opacity: 0.6 },
    encoding: {
      x,
      y,
      color: { field: 'colour', type: 'nominal', title: 'label', scale: { scheme: 'tableau10' }, legend: { symbolLimit: MAX_COLOURS, labelLimit: 160 } },
      shape: { field: 'source', type: 'nominal', title: null, scale: { domain: [SERIES.realRows, SERIES.syntheticRows], range: ['circle', 'cross'] } },
      tooltip: [...tooltip],
    },
  };
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: 'PCA projection of real and synthetic embeddings, coloured by source and by label.',
    config: CHART_CONFIG,
    data: { values },
    spacing: 30,
    resolve: { scale: { color: 'independent', shape: 'independent' }, legend: { color: 'independent' } },
    hconcat: hasLabels ? [bySource, byLabel] : [bySource],
  };
}
