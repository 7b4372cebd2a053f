import type { TopLevelSpec } from 'vega-lite';

type Config = NonNullable<TopLevelSpec['config']>;

/** Colours shared by every chart: synthetic is always orange, real always blue (colour-blind safe, ColorBrewer Dark2). */
export const COLORS = {
  synthetic: '#d95f02',
  real: '#1f78b4',
  baseline: '#1f78b4',
  neutral: '#666666',
} as const;

/** Series names as the charts label them. */
export const SERIES = {
  synthetic: 'synthetic vs real',
  baseline: 'real vs real (baseline)',
  syntheticRows: 'synthetic',
  realRows: 'real',
} as const;

/** The vega-lite `config` of every chart: system fonts, quiet axes, no network fetch of anything. */
export const CHART_CONFIG: Config = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', gridColor: '#eeeeee', domainColor: '#999999', tickColor: '#999999' },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'top', titleOrient: 'left' },
  header: { labelFontSize: 12, titleFontSize: 12 },
  title: { fontSize: 13, anchor: 'start', fontWeight: 'bold' },
};

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Header of a chart faceted by metric, one row per metric: its label left-aligned above its row. */
export const METRIC_ROW_HEADER = { title: null, labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelAlign: 'left', labelFontWeight: 'bold', labelPadding: 4, labelLimit: 640 } as const;

/**
 * Interval fields every layer of an interval chart can read (a missing CI collapses to the value,
 * so no layer is filtered empty inside a facet): ciLo, ciHi, and `interval` text for tooltips.
 */
export const INTERVAL_TRANSFORMS = [
  { calculate: 'isValid(datum.lo) ? datum.lo : datum.value', as: 'ciLo' },
  { calculate: 'isValid(datum.hi) ? datum.hi : datum.value', as: 'ciHi' },
  { calculate: "isValid(datum.lo) ? '[' + format(datum.lo, '.4~g') + ', ' + format(datum.hi, '.4~g') + ']' : 'none'", as: 'interval' },
] as const;
