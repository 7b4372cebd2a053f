import { createRequire } from 'node:module';
import { SynthscopeError } from '../core/errors.js';
import { notInKernel, tslabMissing } from './messages.js';

/** Where the helpers send rich output: tslab's `display`, or anything with the same two methods. */
export interface NotebookDisplay {
  html(markup: string): void;
  svg(markup: string): void;
}

const require = createRequire(import.meta.url);

/**
 * The display to write to: the one given, else tslab's, loaded on first use (tslab loads the
 * TypeScript compiler, so the library never imports it up front). tslab throws "Not ready" when
 * no kernel is executing a cell; that becomes one clear error naming the helper.
 */
export function notebookDisplay(fn: string, given: NotebookDisplay | undefined): NotebookDisplay {
  if (given) return given;
  let tslab: { display: NotebookDisplay };
  try {
    tslab = require('tslab') as { display: NotebookDisplay };
  } catch (error) {
    throw new SynthscopeError('RUNTIME', tslabMissing(fn, (error as Error).message));
  }
  const guard =
    (method: 'html' | 'svg') =>
    (markup: string): void => {
      try {
        tslab.display[method](markup);
      } catch (error) {
        if ((error as Error).message === 'Not ready') throw new SynthscopeError('USAGE', notInKernel(fn));
        throw error;
      }
    };
  return { html: guard('html'), svg: guard('svg') };
}
