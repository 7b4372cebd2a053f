import type { MetricDefinition } from '../../core/evaluate/types.js';
import { compressionRatio } from './compression-ratio.js';
import { distinct1 } from './distinct-1.js';
import { distinct2 } from './distinct-2.js';
import { distinct3 } from './distinct-3.js';
import { exactDuplicateRate } from './exact-duplicate-rate.js';
import { hdd } from './hdd.js';
import { mattr } from './mattr.js';
import { mtld } from './mtld.js';
import { nearDuplicateRate } from './near-duplicate-rate.js';
import { selfBleu } from './self-bleu.js';
import { topNgramRepetition } from './top-ngram-repetition.js';
import { vendi } from './vendi.js';

/**
 * The diversity family's metrics, in report order. Each is computed on the synthetic rows and,
 * as the baseline, on the holdout rows, one side at a time. What each works on:
 *
 *   tokens (`tokenize`), pooled over rows, n-grams never crossing a row:
 *     distinct-1/2/3, top-ngram-repetition                          size-sensitive
 *   tokens of all rows as one stream (seeded random row order, ≤ corpus.maxRows rows):
 *     mattr, mtld, hdd
 *   tokens per row, each row against the other rows of a seeded sample (≤ 500):
 *     self-bleu                                                     size-sensitive
 *   raw texts joined by spaces, a seeded sample of ≤ min(1,000, n/2) rows:
 *     compression-ratio                                             size-sensitive
 *   embeddings (≤ vendi.maxRows rows): vendi                        size-sensitive
 *   normalised texts, all rows: exact-duplicate-rate
 *   embeddings, rows checked (≤ nearDuplicates.maxRows) against all rows: near-duplicate-rate
 *
 * Size-sensitive measures are compared on equal-size synthetic and holdout samples (the runner
 * draws them). The duplicate rates are shares of all rows, so that planted duplicates show at
 * their planted share.
 */
export const diversityMetrics: MetricDefinition[] = [
  distinct1,
  distinct2,
  distinct3,
  mattr,
  mtld,
  hdd,
  selfBleu,
  compressionRatio,
  topNgramRepetition,
  vendi,
  exactDuplicateRate,
  nearDuplicateRate,
];
