/**
 * The privacy family alone through evaluate(), builtin embedder: 10,000 vs 10,000 rows (the
 * family's share of the 60 s budget is about 8 s) and 100,000 vs 100,000 (must complete; the
 * nearest-neighbour parts search a recorded sample of 20,000 candidate rows against all real rows).
 * Real rows: rotten_tomatoes; synthetic: text messages, tweets and review sentences (phone numbers
 * and e-mails included), grown past the files' sizes by seeded word-dropout copies. Embeddings are
 * cached in a temporary folder kept between runs; the times below are the metrics' own, and the
 * process CPU time is printed too (onnxruntime runs two threads, so CPU ≈ 2 × wall when alone).
 */
import { privacyMetrics } from '../src/metrics/privacy/index.js';
import { benchDataset } from './bench-dataset.js';
import { familyBench } from './family-bench.js';
import { growRows } from './grow-rows.js';
import { readSharedLabeled } from './shared-data.js';
import type { BenchRow } from './types.js';

export default function (): Promise<BenchRow[]> {
  return familyBench({
    family: 'privacy',
    metrics: privacyMetrics,
    cpu: 'total',
    sides: (n) => ({
      real: benchDataset('rotten_tomatoes', growRows(readSharedLabeled('rotten_tomatoes_polarity'), n, 1)),
      synthetic: benchDataset('mixed', growRows(['sms_spam_collection', 'tweet_eval_emotion', 'sentiment_uci_labelled_sentences'].flatMap(readSharedLabeled), n, 2)),
    }),
    config: ({ real }) => ({ privacy: { exemplarTexts: real.rows.slice(0, 20).map((r) => r.text) } }),
  });
}
