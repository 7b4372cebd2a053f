import { gzipSync } from 'node:zlib';
import { InvalidArgumentError } from '../core/errors.js';
import { describe } from './token-ids.js';

/**
 * Compression ratio of a corpus (Shaib et al. 2024, "Standardizing the Measurement of Text
 * Diversity: A Tool and a Comparative Analysis of Scores", arXiv:2403.00553): the size of all
 * texts together divided by their gzip-compressed size. Higher means more repetitive (the
 * corpus compresses well); around 2–3 is typical for varied English, larger for templated data.
 *
 * Exactly what is measured: the texts are joined with a single space (as the authors'
 * `diversity` package does), encoded as UTF-8 (a lone surrogate becomes U+FFFD), and
 * compressed once with gzip at level 9 (`node:zlib` `gzipSync`, which is what Python's
 * `gzip.compress(data)` does by default). The result is UTF-8 bytes / gzip bytes; the gzip
 * bytes include its fixed 18-byte header and trailer, so tiny corpora score below 1.
 *
 * Two known differences from published numbers:
 * - Node bundles its own zlib (1.3.x, Chromium's fork) while Python links the system zlib,
 *   so the compressed size differs slightly: Node's is typically 0–0.6% smaller (0.5% on a
 *   271 kB corpus of movie reviews), and the ratio correspondingly larger than Python's.
 * - the authors' `diversity` package (cshaib/diversity, diversity/compression.py,
 *   `compression_ratio(data, 'gzip')`) writes the output of `gzip.compress` into a
 *   `gzip.GzipFile`, compressing twice and adding a file-name header (and rounds to 3 decimals);
 *   its README example gives 1.641 where a single gzip gives 558/306 = 1.82 in Python and
 *   558/300 = 1.86 here. This function
 *   measures the single compression described in the paper.
 *
 * @param texts - the corpus, one string per text
 * @returns UTF-8 bytes / gzip bytes
 * @throws InvalidArgumentError for a non-string text, or when the joined corpus is empty
 * @example
 * compressionRatio(Array(100).fill('the same sentence again'));
 * // → 38.07936507936508 (2399 bytes → 63 gzip bytes: very repetitive)
 */
export function compressionRatio(texts: readonly string[]): number {
  if (!Array.isArray(texts)) {
    throw new InvalidArgumentError(`compressionRatio needs an array of strings, got ${describe(texts)}`);
  }
  for (let i = 0; i < texts.length; i++) {
    if (typeof texts[i] !== 'string') {
      throw new InvalidArgumentError(`compressionRatio needs string texts, got ${describe(texts[i])} at index ${i}`);
    }
  }
  const bytes = Buffer.from(texts.join(' '), 'utf8');
  if (bytes.length === 0) {
    throw new InvalidArgumentError('compressionRatio needs some text, got only empty strings or no texts');
  }
  return bytes.length / gzipSync(bytes, { level: 9 }).length;
}
