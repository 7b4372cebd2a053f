import { SynthscopeError } from '../core/errors.js';
import { vegaMissing } from './messages.js';

type Vega = typeof import('vega');

/** vega, loaded on first use (about 0.4 s, ES module only, so asynchronously). */
export async function loadVega(fn: string): Promise<Vega> {
  try {
    return await import('vega');
  } catch (error) {
    throw new SynthscopeError('RUNTIME', vegaMissing(fn, (error as Error).message));
  }
}
