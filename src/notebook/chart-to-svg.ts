import type { TopLevelSpec } from 'vega-lite';
import { InvalidArgumentError, SynthscopeError } from '../core/errors.js';
import { badOption, chartFailed, describe, notSpec, vegaMissing } from './messages.js';
import { loadVega } from './load-vega.js';
import { quietLogger } from './quiet-logger.js';
import { vegaSvg } from './vega-svg.js';

export interface ChartToSvgOptions {
  /** Multiplies the chart's width and height in the SVG (default 1). */
  scale?: number;
  /** Receives vega-lite's and vega's warnings (e.g. a field the data does not have); default: dropped. */
  onWarning?: (message: string) => void;
}

const VIEW_KEYS = ['mark', 'layer', 'facet', 'repeat', 'concat', 'hconcat', 'vconcat'];

/**
 * Renders a vega-lite spec to an SVG document in Node, headless and offline: vega-lite's
 * `compile` to a vega spec, a vega `View` with no renderer attached (`renderer: 'none'`), then
 * `view.toSVG()` — the pipeline of vega-lite's own `vl2svg` command (vega-lite 6.4, vega 6.2),
 * with a loader that refuses every URL, so a spec can only draw the data it carries. Text is
 * escaped by vega's SVG renderer, so dataset strings in a chart stay text.
 *
 * Text widths are estimated (no canvas in Node); fonts come from the viewer's system.
 *
 * @example
 * const svg = await chartToSvg({ data: { values: [{ x: 'a', n: 3 }] }, mark: 'bar',
 *   encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'n', type: 'quantitative' } } });
 * svg.slice(0, 60);
 * // '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://'
 */
export async function chartToSvg(spec: TopLevelSpec, options: ChartToSvgOptions = {}): Promise<string> {
  const fn = 'chartToSvg';
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec) || !VIEW_KEYS.some((k) => k in spec)) {
    throw new InvalidArgumentError(notSpec(fn, describe(spec)));
  }
  const scale = options.scale ?? 1;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) {
    throw new InvalidArgumentError(badOption(fn, 'scale', 'a finite number > 0', scale));
  }
  const warn = options.onWarning ?? (() => undefined);
  const vega = await loadVega(fn);
  let vegaLite: typeof import('vega-lite');
  try {
    vegaLite = await import('vega-lite');
  } catch (error) {
    throw new SynthscopeError('RUNTIME', vegaMissing(fn, (error as Error).message));
  }
  const errors: string[] = [];
  let compiled: ReturnType<typeof vegaLite.compile>;
  try {
    compiled = vegaLite.compile(spec, { logger: quietLogger(vega, warn, errors) as never });
  } catch (error) {
    throw new InvalidArgumentError(chartFailed(fn, (error as Error).message));
  }
  if (errors.length > 0) throw new InvalidArgumentError(chartFailed(fn, errors.join('; ')));
  return vegaSvg(vega, compiled.spec, { fn, scale, warn });
}
