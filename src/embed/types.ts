import type { Matrix } from '../core/matrix.js';

export interface EmbedOptions {
  /** Called after each batch with the number of texts done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * One interface for every way of turning texts into vectors.
 * `embed` resolves to unit-length rows in input order, one per text.
 */
export interface Embedder {
  /** The id it was created with: 'builtin', a transformers.js model id or path, or 'openai:<model>'. */
  readonly id: string;
  readonly dimension: number;
  /** Identifies the exact weights (model file hash or server model name); part of every cache key. */
  readonly revision: string;
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Matrix>;
  /** Frees sessions and sockets. Safe to call twice. */
  dispose(): Promise<void>;
}
