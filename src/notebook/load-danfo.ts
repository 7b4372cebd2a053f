import { createRequire } from 'node:module';
import { SynthscopeError } from '../core/errors.js';
import { danfoMissing } from './messages.js';

const require = createRequire(import.meta.url);

/**
 * danfojs-node, loaded on first use: it loads TensorFlow.js (about 3 s), which a library user
 * who never asks for a DataFrame should not pay for. danfojs-node is CommonJS, so a synchronous
 * require keeps the frame helpers synchronous (Node caches it after the first call).
 */
export function loadDanfo(fn: string): typeof import('danfojs-node') {
  try {
    return require('danfojs-node') as typeof import('danfojs-node');
  } catch (error) {
    throw new SynthscopeError('RUNTIME', danfoMissing(fn, (error as Error).message));
  }
}
