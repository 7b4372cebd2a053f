/**
 * One evaluate() run in its own process (so its peak memory is its own), for
 * bench/evaluate.bench.ts: `tsx bench/evaluate-child.ts <rows per side> <cacheDir>`.
 * Real data: rotten_tomatoes (10,662); synthetic: tweet_eval_emotion + sms_spam_collection +
 * sentiment_uci (13,626). Sizes above what the files hold are reached by seeded word dropout
 * copies (each copy differs), stated in the output.
 */
import { evaluate } from '../src/core/evaluate/evaluate.js';
import { createEmbedder } from '../src/embed/create-embedder.js';
import { benchDataset } from './bench-dataset.js';
import { growRows } from './grow-rows.js';
import { readSharedLabeled } from './shared-data.js';
import { join } from 'node:path';
import { fileBaselineCache } from '../src/io/file-baseline-cache.js';

const n = Number(process.argv[2]);
const cacheDir = process.argv[3];

const real = benchDataset('rotten_tomatoes', growRows(readSharedLabeled('rotten_tomatoes_polarity'), n, 1));
const synthetic = benchDataset('mixed', growRows([...readSharedLabeled('tweet_eval_emotion'), ...readSharedLabeled('sms_spam_collection'), ...readSharedLabeled('sentiment_uci_labelled_sentences')], n, 2));
const embedder = await createEmbedder('builtin', { cacheDir });
const t = performance.now();
// As the CLI does: baselines kept in the cache folder too (a warm run reuses them).
const results = await evaluate({ synthetic, real, embedder, seed: 1, baselineCache: fileBaselineCache(join(cacheDir, 'baselines')) });
const ms = performance.now() - t;
await embedder.dispose();
const statuses = results.metrics.map((m) => `${m.id}:${m.status}`);
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    timings: results.timings,
    samples: results.samples.length,
    errors: results.metrics.filter((m) => m.status === 'error').map((m) => `${m.id}: ${m.reason}`),
    metrics: statuses.length,
  }) + '\n',
);
