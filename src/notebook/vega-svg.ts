import { InvalidArgumentError, SynthscopeError } from '../core/errors.js';
import { chartFailed, chartLoadRefused } from './messages.js';
import { quietLogger } from './quiet-logger.js';

type Vega = typeof import('vega');

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
