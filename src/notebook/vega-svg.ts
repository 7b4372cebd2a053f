import { InvalidArgumentError, SynthscopeError } from '../core/errors.js';
import { chartFailed, chartLoadRefused, vegaMissing } from './messages.js';

type Vega = typeof import('vega');

/** vega, loaded on first use (about 0.4 s, ES module only, so asynchronously). */
export async function loadVega(fn: string): Promise<Vega> {
  try {
    return await import('vega');
  } catch (error) {
    throw new SynthscopeError('RUNTIME', vegaMissing(fn, (error as Error).message));
  }
}

/**
 * Renders a vega spec (already compiled from vega-lite) to SVG: a `View` with no renderer attached
 * and a loader that refuses every URL (a refusal is thrown once the view has run, since vega
 * itself only warns about a failed load), vega's errors collected and thrown, its warnings sent
 * to `warn`. Nothing is printed.
 */
export async function vegaSvg(vega: Vega, spec: object, options: { fn: string; scale: number; warn: (message: string) => void }): Promise<string> {
  const { fn, scale, warn } = options;
  const errors: string[] = [];
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
  let view: InstanceType<Vega['View']>;
  try {
    view = new vega.View(vega.parse(spec as never), { renderer: 'none', loader, logger: quietLogger(vega, warn, errors) });
  } catch (error) {
    throw new InvalidArgumentError(chartFailed(fn, (error as Error).message));
  }
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

/** A logger with vega-util's interface that prints nothing: warnings go to `warn`, errors are collected. */
export function quietLogger(vega: Vega, warn: (message: string) => void, errors: string[]): import('vega').LoggerInterface {
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
