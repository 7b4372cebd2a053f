import type { MetricResult } from '../../core/results-schema.js';
import { COLORS, SERIES } from '../charts/chart-theme.js';
import { histogramComparisonChart } from '../charts/histogram-comparison-chart.js';
import { projectionChart } from '../charts/projection-chart.js';
import { shareComparisonChart } from '../charts/share-comparison-chart.js';
import { formatNumber } from '../format-number.js';
import {
  categoriesCapped,
  dataTitle,
  labelDistributionCaption,
  lengthsWhy,
  noLabels,
  notAvailable,
  projectionCaption,
  projectionWhy,
  textLengthCaption,
} from '../messages.js';
import { read } from '../read-details.js';
import type { RenderContext } from '../render-context.js';
import { html, type SafeHtml } from '../safe-html.js';
import { readProjection } from './read-projection.js';

const REAL_HALF = 'real (reference half)';

function labelDistribution(ctx: RenderContext): SafeHtml {
  const { synthetic, real } = ctx.results.labels;
  const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  if (Object.keys(synthetic).length === 0 && Object.keys(real).length === 0) return html`<p class="note">${noLabels}</p>`;
  const all = [...new Set([...Object.keys(real), ...Object.keys(synthetic)])];
  // Most frequent first (over both sides' shares), capped; the cap is stated.
  const weight = (l: string) => (synthetic[l] ?? 0) / Math.max(1, total(synthetic)) + (real[l] ?? 0) / Math.max(1, total(real));
  const shown = all.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1)).slice(0, ctx.options.maxCategories);
  const pick = (c: Record<string, number>) => shown.map((l) => [l, c[l] ?? 0] as const);
  const spec = shareComparisonChart(
    [
      { name: SERIES.syntheticRows, color: COLORS.synthetic, counts: pick(synthetic) },
      { name: SERIES.realRows, color: COLORS.real, counts: pick(real) },
    ],
    { categoryTitle: 'label' },
  );
  return ctx.chart(spec, labelDistributionCaption, all.length > shown.length ? categoriesCapped(shown.length, all.length) : undefined);
}

function lengthStats(unit: Record<string, unknown>): SafeHtml {
  const side = (name: string, v: Record<string, unknown> | undefined) =>
    v ? html`<tr><th scope="row">${name}</th>${['n', 'mean', 'sd', 'p10', 'median', 'p90', 'max'].map((k) => html`<td class="num">${formatNumber(read.number(v[k]))}</td>`)}</tr>` : '';
  return html`<table class="compact"><thead><tr><th></th><th>rows</th><th>mean</th><th>sd</th><th>p10</th><th>median</th><th>p90</th><th>max</th></tr></thead><tbody>${side(SERIES.syntheticRows, read.record(unit.candidate))}${side(REAL_HALF, read.record(unit.reference))}</tbody></table>`;
}

function textLengths(ctx: RenderContext): SafeHtml {
  const metric = ctx.results.metrics.find((m: MetricResult) => m.id.startsWith('drift.length-') && m.status === 'ok' && read.twoSampleHistogram(read.record(m.details.chars)?.histogram));
  if (!metric) return html`<p class="note">${notAvailable('Text length distributions', lengthsWhy)}</p>`;
  const parts: SafeHtml[] = [];
  for (const [key, unit] of [['chars', 'characters'], ['words', 'words']] as const) {
    const details = read.record(metric.details[key]);
    const h = read.twoSampleHistogram(details?.histogram);
    if (!details || !h) continue;
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const spec = histogramComparisonChart(
      [
        { name: SERIES.syntheticRows, color: COLORS.synthetic, edges: h.edges, counts: h.candidate },
        { name: REAL_HALF, color: COLORS.real, edges: h.edges, counts: h.reference },
      ],
      { xTitle: `length (${unit})`, height: 130 },
    );
    parts.push(html`<div class="pair">${ctx.chart(spec, textLengthCaption(unit, sum(h.reference), sum(h.candidate)))}${lengthStats(details)}</div>`);
  }
  return html`${parts}`;
}

function projection(ctx: RenderContext): SafeHtml {
  const p = readProjection(ctx.results, ctx.options.maxPoints);
  if (!p) return html`<p class="note">${notAvailable('2-D projection of the embeddings (PCA), coloured by source and label', projectionWhy)}</p>`;
  const spec = projectionChart(p.points, p.explained ? { explained: p.explained } : {});
  return ctx.chart(spec, projectionCaption(p.sampled.synthetic, p.sampled.real, p.seed, p.cutSeed === null ? null : { seed: p.cutSeed, max: ctx.options.maxPoints }, p.explained));
}

/**
 * "The data at a glance": the label distribution of both sides (from `results.labels`), the
 * text length distributions (from the drift length metrics' details) and a 2-D projection of the
 * embeddings (when results.json has one). What is missing is said, not hidden.
 *
 * @example
 * dataSection(ctx).value.includes('Label distribution'); // true for labelled data
 */
export function dataSection(ctx: RenderContext): SafeHtml {
  return html`<section id="data"><h2>${dataTitle}</h2>
${labelDistribution(ctx)}
${textLengths(ctx)}
${projection(ctx)}
</section>`;
}
