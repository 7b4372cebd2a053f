import { env, LogLevel, pipeline, type FeatureExtractionPipeline, type Tensor } from '@huggingface/transformers';
import { SynthscopeError } from '../core/errors.js';
import type { Matrix } from '../core/matrix.js';
import { embeddingAborted, modelNotFound } from '../core/messages.js';
import type { Embedder, EmbedOptions } from './types.js';

export interface TransformersEmbedderOptions {
  /** Where hub models are downloaded and looked up (transformers.js `cache_dir`). */
  cacheDir: string;
  /** Id recorded in results; defaults to `model`. */
  id?: string;
  /** Revision recorded in results and cache keys (a hash of the weights for local models). */
  revision?: string;
  /** Only look in local folders and the cache; never download. */
  localOnly?: boolean;
  /**
   * 'mean': masked mean over token vectors (sentence-transformers models);
   * 'none': the model's output is already one vector per text (the builtin static model);
   * 'auto' (default): 'none' when the model's output has one vector per text, else 'mean'.
   */
  pooling?: 'auto' | 'mean' | 'none';
  /** Texts per forward pass [64]. Texts are sorted by length first so batches pad little. */
  batchSize?: number;
  /** Hide transformers.js's warnings about a model type it does not know (the builtin model). */
  quietLoad?: boolean;
  /** The model's output is already L2-normalised (the builtin graph ends in LpNormalization). */
  normalizedOutput?: boolean;
}

/**
 * An Embedder over any transformers.js feature-extraction model: a hub id
 * (`Xenova/all-MiniLM-L6-v2`) or a local folder in transformers.js layout. Output rows are
 * L2-normalised; order matches the input.
 */
export async function createTransformersEmbedder(model: string, options: TransformersEmbedderOptions): Promise<Embedder> {
  let pooling: 'mean' | 'none' = options.pooling === 'none' ? 'none' : 'mean';
  const batchSize = options.batchSize ?? 64;
  let extractor: FeatureExtractionPipeline;
  const savedLevel = env.logLevel;
  if (options.quietLoad) env.logLevel = LogLevel.ERROR;
  try {
    extractor = (await pipeline('feature-extraction', model, {
      cache_dir: options.cacheDir,
      local_files_only: options.localOnly ?? false,
      dtype: 'fp32',
    })) as FeatureExtractionPipeline;
  } catch (error) {
    throw new SynthscopeError('MODEL_NOT_FOUND', modelNotFound(model, options.cacheDir, options.localOnly ?? false), [], { cause: error });
  } finally {
    env.logLevel = savedLevel;
  }

  const run = async (batch: string[]): Promise<Tensor> =>
    (await extractor(batch, { pooling, normalize: !options.normalizedOutput })) as Tensor;

  // One forward pass tells the output's shape: [texts, tokens, dim] needs pooling, [texts, dim]
  // is already pooled. It also fixes `dimension` before the first embed().
  if ((options.pooling ?? 'auto') === 'auto') {
    const raw = (await extractor(['dimension probe'], { pooling: 'none', normalize: false })) as Tensor;
    pooling = raw.dims.length === 2 ? 'none' : 'mean';
    raw.dispose();
  }
  const probe = await run(['dimension probe']);
  const dimension = probe.dims[probe.dims.length - 1];

  return {
    id: options.id ?? model,
    dimension,
    revision: options.revision ?? model,
    async embed(texts: readonly string[], embedOptions: EmbedOptions = {}): Promise<Matrix> {
      const data = new Float32Array(texts.length * dimension);
      const order = texts.map((_, i) => i).sort((a, b) => texts[a].length - texts[b].length);
      for (let start = 0; start < order.length; start += batchSize) {
        if (embedOptions.signal?.aborted) throw new SynthscopeError('RUNTIME', embeddingAborted);
        const indices = order.slice(start, start + batchSize);
        const output = await run(indices.map((i) => texts[i]));
        const values = output.data as Float32Array;
        indices.forEach((target, k) => data.set(values.subarray(k * dimension, (k + 1) * dimension), target * dimension));
        output.dispose();
        embedOptions.onProgress?.(Math.min(start + batchSize, order.length), order.length);
      }
      return { rows: texts.length, dimension, data };
    },
    async dispose() {
      await extractor.dispose();
    },
  };
}
