/**
 * The similarity family alone through evaluate(), builtin embedder: 10,000 vs 10,000 rows (its
 * share of the 60 s budget is about 8 s) and 100,000 vs 100,000 (must complete: PRDC runs on
 * recorded equal-size samples of 5,000 rows per side; nn-cosine searches every reference row).
 * Real rows: rotten_tomatoes; synthetic: UCI review sentences and the other rotten_tomatoes
 * rows; both grown past the files' sizes by seeded word-dropout copies, labels 0/1 on both sides
 * so per-label values run. Embeddings are cached in a temporary folder kept between runs; the
 * times below are the metrics' own, with their CPU time (all threads) beside the wall time.
 */
import { similarityMetrics } from '../src/metrics/similarity/index.js';
import { familyBench } from './family-bench.js';
import { reviewSides } from './review-sides.js';
import type { BenchRow } from './types.js';

export default function (): Promise<BenchRow[]> {
  return familyBench({ family: 'similarity', metrics: similarityMetrics, cpu: 'per-metric', sides: reviewSides });
}
