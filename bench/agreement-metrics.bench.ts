/**
 * The agreement family alone through evaluate(), builtin embedder: 10,000 vs 10,000 rows (its
 * share of the 60 s budget is about 8 s) and 100,000 vs 100,000 (must complete: the classifier
 * trains on a recorded sample of 20,000 reference rows). Rows: SMS spam, tweet emotion, UCI and
 * Rotten Tomatoes sentiment pooled (8 labels), grown past the files' sizes by seeded word-dropout
 * copies, shuffled and dealt to the two sides. Beside it, the real-data classifier's fit
 * (softmaxRegression, 5,000 rows × 100 dims × 8 classes) against scikit-learn's
 * LogisticRegression(multi_class='multinomial') on the same embeddings
 * (bench/agreement_reference.py). Embeddings are cached in a temporary folder kept between runs.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Embedder } from '../src/embed/types.js';
import { agreementMetrics } from '../src/metrics/agreement/index.js';
import { softmaxProbabilities } from '../src/metrics/agreement/softmax-probabilities.js';
import { softmaxRegression } from '../src/metrics/agreement/softmax-regression.js';
import { familyBench } from './family-bench.js';
import { growRows } from './grow-rows.js';
import { pooledSides } from './pooled-sides.js';
import { readSharedLabeled } from './shared-data.js';
import type { BenchRow } from './types.js';

const run = promisify(execFile);

export default function (): Promise<BenchRow[]> {
  const pool = ['sms_spam_collection', 'tweet_eval_emotion', 'sentiment_uci_labelled_sentences', 'rotten_tomatoes_polarity'].flatMap(readSharedLabeled);
  return familyBench({
    family: 'agreement',
    metrics: agreementMetrics,
    sides: (n) => pooledSides(pool, n),
    summary: (results) => `accuracy ${results.metrics[0].value?.toFixed(3)} vs baseline ${results.metrics[0].baseline?.value?.toFixed(3)}`,
    more: (embedder) => classifierAgainstSklearn(embedder, pool),
  });
}

/** The classifier alone against sklearn on the same float32 embeddings. */
async function classifierAgainstSklearn(embedder: Embedder, pool: Array<{ text: string; label: string }>): Promise<BenchRow[]> {
  const train = growRows(pool, 5000, 3, { shuffle: true });
  const test = growRows(pool, 10_000, 4, { shuffle: true }).slice(5000);
  const labels = [...new Set(train.map((r) => r.label as string))].sort();
  const x = await embedder.embed(train.map((r) => r.text));
  const xt = await embedder.embed(test.map((r) => r.text));
  const y = Int32Array.from(train, (r) => labels.indexOf(r.label as string));
  const started = performance.now();
  const fit = softmaxRegression(x, y, { classes: labels.length });
  const ours = performance.now() - started;
  const p = softmaxProbabilities(fit, xt);
  let hits = 0;
  test.forEach((r, i) => {
    let best = 0;
    for (let k = 1; k < labels.length; k++) if (p[i * labels.length + k] > p[i * labels.length + best]) best = k;
    if (labels[best] === r.label) hits++;
  });
  const dir = await mkdtemp(join(tmpdir(), 'synthscope-bench-agreement-'));
  try {
    await writeFile(join(dir, 'x.f32'), x.data);
    await writeFile(join(dir, 'xt.f32'), xt.data);
    await writeFile(join(dir, 'labels.json'), JSON.stringify({ y: Array.from(y), yt: test.map((r) => labels.indexOf(r.label as string)) }));
    const { stdout } = await run('/usr/bin/python3', ['bench/agreement_reference.py', dir, String(x.dimension)]);
    const ref = JSON.parse(stdout) as { fitMs: number; accuracy: number; nIter: number };
    return [
      {
        name: `softmaxRegression 5,000 × ${x.dimension} × ${labels.length} classes`,
        synthscopeMs: ours,
        reference: "sklearn LogisticRegression(multi_class='multinomial')",
        referenceMs: ref.fitMs,
        note: `${fit.iterations} vs ${ref.nIter} L-BFGS iterations; held-out accuracy ${(hits / test.length).toFixed(4)} vs ${ref.accuracy.toFixed(4)}`,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
