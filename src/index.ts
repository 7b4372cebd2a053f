/**
 * synthscope public API. Explicit named exports only (STYLE.md): what is listed here is the
 * contract; everything else is internal.
 */

// core
export { SynthscopeError, InvalidArgumentError } from './core/errors.js';
export type { ErrorCode } from './core/errors.js';
export { createRng } from './core/rng.js';
export type { Rng } from './core/rng.js';
export type { Matrix, MatrixLike } from './core/matrix.js';

// io (datasets)
// @exports:io

// embeddings
export type { Embedder, EmbedOptions } from './embed/types.js';
// @exports:embed

// stats: two-sample and distribution tests
// @exports:stats-tests

// stats: agreement and classification
// @exports:agreement

// text: tokenizer and lexical measures
// @exports:lexical

// text: BLEU
// @exports:bleu

// stats: embedding distributions
// @exports:embedding-distributions
