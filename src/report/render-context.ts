import type { TopLevelSpec } from 'vega-lite';
import { InvalidArgumentError } from '../core/errors.js';
import type { Results } from '../core/results-schema.js';
import { badRenderOption } from './messages.js';
import { html, type SafeHtml } from './safe-html.js';

/** Options of `renderHtml`, with their defaults. */
export interface RenderHtmlOptions {
  /** Page title; default "synthscope report: <synthetic file name>". */
  title?: string;
  /** Most rows shown in any one table (flags of a kind, examples); the rest are counted [50]. */
  maxTableRows?: number;
  /** Most points per side in a scatter chart, sampled with the run's seed [2000]. */
  maxPoints?: number;
  /** Most categories in a category chart (labels, column values, confusion matrix) [40]. */
  maxCategories?: number;
  /** Called with each warning vega-lite gives while compiling a chart (none is expected). */
  onChartWarning?: (message: string, chartId: string) => void;
}

export interface ResolvedOptions {
  title: string | null;
  maxTableRows: number;
  maxPoints: number;
  maxCategories: number;
}

/** A chart placed in the page: its container id and vega-lite spec. */
export interface PlacedChart {
  id: string;
  caption: string;
  spec: TopLevelSpec;
}

/** What each section gets: the results, the options, and a way to place a chart. */
export interface RenderContext {
  results: Results;
  options: ResolvedOptions;
  charts: PlacedChart[];
  /** Registers a chart and returns its figure (container and caption). */
  chart(spec: TopLevelSpec, caption: string, note?: SafeHtml | string): SafeHtml;
  /** True the first time it is called with a key: for what several metrics share (drawn once). */
  once(key: string): boolean;
}

/**
 * A fresh context for one `renderHtml` call (no module state: two reports rendered at once do
 * not share chart ids).
 *
 * @example
 * const ctx = createRenderContext(results, {});
 * ctx.chart(spec, 'Label distribution').value;
 * // '<figure class="chart"><div class="chart-view" id="chart-1" data-chart="0" role="img" aria-label="Label distribution"></div><figcaption>Label distribution</figcaption></figure>'
 */
export function createRenderContext(results: Results, options: RenderHtmlOptions): RenderContext {
  const positive = (v: number | undefined, fallback: number, name: string) => {
    if (v === undefined) return fallback;
    if (!Number.isInteger(v) || v < 1) throw new InvalidArgumentError(badRenderOption(name, v));
    return v;
  };
  const charts: PlacedChart[] = [];
  const done = new Set<string>();
  return {
    results,
    options: {
      title: options.title ?? null,
      maxTableRows: positive(options.maxTableRows, 50, 'maxTableRows'),
      maxPoints: positive(options.maxPoints, 2000, 'maxPoints'),
      maxCategories: positive(options.maxCategories, 40, 'maxCategories'),
    },
    charts,
    chart(spec, caption, note) {
      const index = charts.length;
      const id = `chart-${index + 1}`;
      charts.push({ id, caption, spec });
      return html`<figure class="chart"><div class="chart-view" id="${id}" data-chart="${index}" role="img" aria-label="${caption}"></div><figcaption>${caption}${note ? html` <span class="muted">${note}</span>` : ''}</figcaption></figure>`;
    },
    once(key) {
      if (done.has(key)) return false;
      done.add(key);
      return true;
    },
  };
}
