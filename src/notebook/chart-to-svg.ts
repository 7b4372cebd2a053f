import type { TopLevelSpec } from 'vega-lite';
import { InvalidArgumentError, SynthscopeError } from '../core/errors.js';
import { badOption, chartFailed, chartLoadRefused, describe, notSpec, vegaMissing } from './messages.js';

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
 * // '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://ww'
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
  let vega: typeof import('vega');
  let vegaLite: typeof import('vega-lite');
  try {
    [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  } catch (error) {
    throw new SynthscopeError('RUNTIME', vegaMissing(fn, (error as Error).message));
  }
  const warn = options.onWarning ?? (() => undefined);
  const errors: string[] = [];
  const logger = quietLogger(vega, warn, errors);

  // vega reports a failed load as a warning and draws the chart without the data: the refusal
  // is remembered and thrown once the view has run.
  let refused: InvalidArgumentError | null = null;
  const refuse = async (uri: string): Promise<never> => {
    refused ??= new InvalidArgumentError(chartLoadRefused(fn, uri));
    throw refused;
  };
  const loader = vega.loader();
  loader.load = refuse;
  loader.sanitize = refuse;
  loader.http = refuse;
  loader.file = refuse;

  let compiled: ReturnType<typeof vegaLite.compile>;
  try {
    compiled = vegaLite.compile(spec, { logger: logger as never });
  } catch (error) {
    throw new InvalidArgumentError(chartFailed(fn, (error as Error).message));
  }
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', loader, logger });
  try {
    const svg = await view.toSVG(scale);
    if (refused) throw refused;
    if (errors.length > 0) throw new SynthscopeError('RUNTIME', chartFailed(fn, errors.join('; ')));
    return svg;
  } catch (error) {
    if (error instanceof SynthscopeError) throw error;
    throw new SynthscopeError('RUNTIME', chartFailed(fn, (error as Error).message));
  } finally {
    view.finalize();
  }
}

/** A vega logger (vega-util's interface) that prints nothing: warnings go to `warn`, errors are collected. */
function quietLogger(vega: typeof import('vega'), warn: (message: string) => void, errors: string[]) {
  let level = vega.Warn;
  const text = (args: readonly unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      errors.push(text(args));
      return logger;
    },
    warn(...args: unknown[]) {
      if (level >= vega.Warn) warn(text(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as unknown as import('vega').LoggerInterface;
}
