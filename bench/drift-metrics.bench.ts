/**
 * The drift family alone through evaluate(), builtin embedder: 10,000 vs 10,000 rows (the
 * family's share of the 60 s budget is about 8 s) and 100,000 vs 100,000 (must complete; c2st,
 * MMD² and the k-means fit run on recorded samples, the rest on every row). Real rows:
 * rotten_tomatoes; synthetic: text messages, tweets and review sentences; both grown past the
 * files' sizes by seeded word-dropout copies, with a numeric and a categorical metadata column so
 * every metric runs. Embeddings are cached in a temporary folder kept between runs; the times
 * below are the metrics' own.
 */
import type { Rng } from '../src/core/rng.js';
import { driftMetrics } from '../src/metrics/drift/index.js';
import { benchDataset } from './bench-dataset.js';
import { familyBench } from './family-bench.js';
import { growRows } from './grow-rows.js';
import { readSharedLabeled } from './shared-data.js';
import type { BenchRow } from './types.js';

const columns = (source: string) => (rng: Rng) => ({ stars: 1 + rng.int(5), source: `${source}-${rng.int(4)}` });

export default function (): Promise<BenchRow[]> {
  return familyBench({
    family: 'drift',
    metrics: driftMetrics,
    cpu: 'per-metric',
    sides: (n) => ({
      real: benchDataset('rotten_tomatoes', growRows(readSharedLabeled('rotten_tomatoes_polarity'), n, 1, { meta: columns('r') })),
      synthetic: benchDataset('mixed', growRows(['sms_spam_collection', 'tweet_eval_emotion', 'sentiment_uci_labelled_sentences'].flatMap(readSharedLabeled), n, 2, { meta: columns('s') })),
    }),
  });
}
